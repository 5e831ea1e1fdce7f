'use strict';
// Intl.NumberFormat (ECMA-402 InitializeNumberFormat, read in V8's order with V8's errors). The
// options become an ICU number skeleton once, in the constructor; each format is then one host call
// to ICU's LocalizedNumberFormatter, which the host caches per (locale, skeleton).

const {
  canonicalizeLocaleList, resolveNumberingLocale, supportedLocalesOf, toOptionsObject, getOption, getNumberOption,
  defaultNumberOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');
const { fastFormat } = require('internal/intl/fast_decimal');

const kService = 'Intl.NumberFormat';
const kRoundingModes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc',
  'halfEven'];
const kRoundingIncrements = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
// ECMA-402's sanctioned simple units; a compound unit is two of them joined by "-per-".
const kUnits = new Set(['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
  'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit',
  'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile',
  'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce',
  'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year']);

const icuRoundingModes = {
  ceil: 'ceiling', floor: 'floor', expand: 'up', trunc: 'down', halfCeil: 'half-ceiling',
  halfFloor: 'half-floor', halfExpand: 'half-up', halfTrunc: 'half-down', halfEven: 'half-even',
};
const icuGrouping = { auto: 'group-auto', always: 'group-on-aligned', min2: 'group-min2', false: 'group-off' };
const icuSigns = {
  auto: ['', 'sign-accounting'], never: ['sign-never', 'sign-never'], always: ['sign-always', 'sign-accounting-always'],
  exceptZero: ['sign-except-zero', 'sign-accounting-except-zero'], negative: ['sign-negative', 'sign-accounting-negative'],
};
// ICU's UNumberFormatFields, by number, as formatToParts names them
const partTypes = ['integer', 'fraction', 'decimal', 'exponentSeparator', 'exponentMinusSign', 'exponentInteger',
  'group', 'currency', 'percentSign', 'permille', 'sign', 'unit', 'compact', 'approximatelySign'];
const rangeSources = { '-1': 'shared', 0: 'startRange', 1: 'endRange' };

function isUnit(unit) {
  if (kUnits.has(unit)) return true;
  const per = unit.indexOf('-per-');
  return per > 0 && kUnits.has(unit.slice(0, per)) && kUnits.has(unit.slice(per + 5));
}

function useGroupingOption(options, fallback) {
  const value = options.useGrouping;
  if (value === undefined) return fallback;
  if (value === true) return 'always';
  if (!value) return false;
  const string = String(value);
  if (string === 'true' || string === 'false') return fallback;
  if (string !== 'min2' && string !== 'auto' && string !== 'always') {
    throw new RangeError(`Value ${string} out of range for ${kService} options property useGrouping`);
  }
  return string;
}

// SetNumberFormatDigitOptions: the digits and rounding fields of `resolved`.
function setDigitOptions(resolved, options, mnfdDefault, mxfdDefault, notation) {
  const mnid = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  resolved.minimumIntegerDigits = mnid;
  const increment = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!kRoundingIncrements.includes(increment)) throw new RangeError('roundingIncrement value is out of range.');
  const roundingMode = getOption(options, 'roundingMode', 'string', kRoundingModes, 'halfExpand', kService);
  const priority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto',
    kService);
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto',
    kService);
  if (increment !== 1) mxfdDefault = mnfdDefault;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (priority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      mnsd = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      mxsd = defaultNumberOption(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
    } else {
      mnsd = 1;
      mxsd = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      mnfd = defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      mxfd = defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
    } else {
      mnfd = mnfdDefault;
      mxfd = mxfdDefault;
    }
  }
  let roundingType;
  if (!needSd && !needFd) {
    [mnfd, mxfd, mnsd, mxsd] = [0, 0, 1, 2];
    roundingType = 'morePrecision';
    resolved.roundingPriority = 'morePrecision';
  } else if (priority === 'auto') {
    roundingType = hasSd ? 'significantDigits' : 'fractionDigits';
    resolved.roundingPriority = 'auto';
  } else {
    roundingType = priority;
    resolved.roundingPriority = priority;
  }
  if (increment !== 1) {
    if (roundingType !== 'fractionDigits') throw new TypeError('RoundingType is not fractionDigits');
    if (mxfd !== mnfd) throw new RangeError('maximumFractionDigits value is out of range.');
  }
  if (roundingType !== 'significantDigits') {
    resolved.minimumFractionDigits = mnfd;
    resolved.maximumFractionDigits = mxfd;
  }
  if (roundingType !== 'fractionDigits') {
    resolved.minimumSignificantDigits = mnsd;
    resolved.maximumSignificantDigits = mxsd;
  }
  resolved.roundingIncrement = increment;
  resolved.roundingMode = roundingMode;
  resolved.trailingZeroDisplay = trailingZeroDisplay;
  resolved.roundingType = roundingType;
}

function precisionStem(resolved) {
  const { minimumFractionDigits: mnfd, maximumFractionDigits: mxfd, roundingType } = resolved;
  const fraction = () => (mxfd === 0 ? 'precision-integer' : `.${'0'.repeat(mnfd)}${'#'.repeat(mxfd - mnfd)}`);
  const significant = () => '@'.repeat(resolved.minimumSignificantDigits) +
    '#'.repeat(resolved.maximumSignificantDigits - resolved.minimumSignificantDigits);
  let stem;
  if (resolved.roundingIncrement !== 1) {
    const digits = String(resolved.roundingIncrement).padStart(mxfd + 1, '0');
    stem = `precision-increment/${mxfd === 0 ? digits : `${digits.slice(0, -mxfd)}.${digits.slice(-mxfd)}`}`;
  } else if (roundingType === 'fractionDigits') {
    stem = fraction();
  } else if (roundingType === 'significantDigits') {
    stem = significant();
  } else {
    const fractionPart = mxfd === 0 ? '.' : fraction();
    stem = `${fractionPart === 'precision-integer' ? '.' : fractionPart}/${significant()}${roundingType === 'morePrecision' ? 'r' : 's'}`;
  }
  if (resolved.trailingZeroDisplay === 'stripIfInteger') stem += stem.includes('/') && !stem.startsWith('precision-increment') ? '' : '/w';
  return stem;
}

function buildSkeleton(resolved) {
  const stems = [];
  if (resolved.style === 'currency') {
    stems.push(`currency/${resolved.currency}`);
    const width = { code: 'unit-width-iso-code', narrowSymbol: 'unit-width-narrow', name: 'unit-width-full-name' };
    if (width[resolved.currencyDisplay]) stems.push(width[resolved.currencyDisplay]);
  } else if (resolved.style === 'percent') {
    stems.push('percent', 'scale/100');
  } else if (resolved.style === 'unit') {
    stems.push(`unit/${resolved.unit}`);
    stems.push({ short: 'unit-width-short', narrow: 'unit-width-narrow', long: 'unit-width-full-name' }[resolved.unitDisplay]);
  }
  if (resolved.notation === 'compact') stems.push(resolved.compactDisplay === 'long' ? 'compact-long' : 'compact-short');
  else if (resolved.notation !== 'standard') stems.push(resolved.notation);
  stems.push(precisionStem(resolved));
  stems.push(`rounding-mode-${icuRoundingModes[resolved.roundingMode]}`);
  if (resolved.minimumIntegerDigits > 1) stems.push(`integer-width/*${'0'.repeat(resolved.minimumIntegerDigits)}`);
  stems.push(icuGrouping[resolved.useGrouping]);
  const sign = icuSigns[resolved.signDisplay][resolved.currencySign === 'accounting' ? 1 : 0];
  if (sign) stems.push(sign);
  stems.push(`numbering-system/${resolved.numberingSystem}`);
  return stems.join(' ');
}

// The order of resolvedOptions() in V8.
const kResolvedKeys = ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit',
  'unitDisplay', 'minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits',
  'maximumSignificantDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingIncrement',
  'roundingMode', 'roundingPriority', 'trailingZeroDisplay'];

// ToIntlMathematicalValue: a number stays a number; a BigInt or a decimal string is passed to ICU as
// its exact digits; any other string converts as Number() does.
const decimalString = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
function toMathematicalValue(value) {
  if (typeof value === 'bigint') return String(value);
  const primitive = typeof value === 'object' && value !== null ? toPrimitiveNumber(value) : value;
  if (typeof primitive === 'bigint') return String(primitive);
  if (typeof primitive === 'string') {
    const text = primitive.trim();
    if (decimalString.test(text)) return text.replace(/^\+/, '');
    return Number(text);
  }
  const number = Number(primitive);
  return Object.is(number, -0) ? '-0' : number;
}

function toPrimitiveNumber(object) {
  const method = object[Symbol.toPrimitive];
  if (method !== undefined && method !== null) return method.call(object, 'number');
  return Number(object);
}

class NumberFormat {
  #resolved;
  #skeleton;
  #boundFormat;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    if (options === null) throw new TypeError('Intl.NumberFormat called on null or undefined');
    options = toOptionsObject(options);
    const { locale, reportedLocale, numberingSystem } = resolveNumberingLocale(requested, options, kService);
    // `locale` (no extensions) is what ICU gets: the numbering system is in the skeleton
    const resolved = { locale, reportedLocale, numberingSystem };

    const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', kService);
    resolved.style = style;
    const currency = getOption(options, 'currency', 'string', undefined, undefined, kService);
    if (currency !== undefined && !/^[a-z]{3}$/i.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
    const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'],
      'symbol', kService);
    const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard', kService);
    const unit = getOption(options, 'unit', 'string', undefined, undefined, kService);
    if (unit !== undefined && !isUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
    const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', kService);
    if (style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      Object.assign(resolved, { currency: currency.toUpperCase(), currencyDisplay, currencySign });
    } else if (style === 'unit') {
      if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
      Object.assign(resolved, { unit, unitDisplay });
    }
    const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'],
      'standard', kService);
    let mnfdDefault = 0;
    let mxfdDefault = style === 'percent' ? 0 : 3;
    if (style === 'currency' && notation === 'standard') {
      mnfdDefault = mxfdDefault = host.intlCurrencyDigits(resolved.currency);
    }
    setDigitOptions(resolved, options, mnfdDefault, mxfdDefault, notation);
    const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short', kService);
    resolved.useGrouping = useGroupingOption(options, notation === 'compact' ? 'min2' : 'auto');
    resolved.notation = notation;
    if (notation === 'compact') resolved.compactDisplay = compactDisplay;
    resolved.signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'],
      'auto', kService);
    this.#skeleton = buildSkeleton(resolved);
    this.#resolved = resolved;
  }

  // format and resolvedOptions unwrap as V8's legacy UnwrapNumberFormat does: a primitive names the
  // method, an object of another kind does not; the newer methods always name themselves.
  static #check(object, method) {
    const legacy = method === 'format' || method === 'resolvedOptions';
    if (typeof object === 'object' && object !== null && #resolved in object) return;
    if (legacy && typeof object === 'object' && object !== null) {
      throw new TypeError('Method UnwrapNumberFormat called on incompatible receiver undefined');
    }
    throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
  }

  get format() {
    NumberFormat.#check(this, 'format');
    if (this.#boundFormat === undefined) {
      const id = host.intlNumberFormatterId(this.#resolved.locale, this.#skeleton);
      const resolved = this.#resolved;
      const format = (value) => {
        const number = toMathematicalValue(value);
        if (typeof number === 'number') {
          const text = fastFormat(id, resolved)?.(number);
          if (text !== undefined) return text;
        }
        return host.intlFormatNumberWith(id, number);
      };
      Object.defineProperty(format, 'name', { value: '' });
      this.#boundFormat = format;
    }
    return this.#boundFormat;
  }

  formatToParts(value) {
    NumberFormat.#check(this, 'formatToParts');
    const number = toMathematicalValue(value);
    const [text, fields] = host.intlFormatNumberToParts(this.#resolved.locale, this.#skeleton, number);
    return toParts(text, fields, number, false);
  }

  formatRange(start, end) {
    return this.#range(start, end, false);
  }

  formatRangeToParts(start, end) {
    return this.#range(start, end, true);
  }

  #range(start, end, toPartsWanted) {
    NumberFormat.#check(this, toPartsWanted ? 'formatRangeToParts' : 'formatRange');
    if (start === undefined) throw new TypeError('Invalid start : undefined');
    if (end === undefined) throw new TypeError('Invalid end : undefined');
    const x = toMathematicalValue(start);
    const y = toMathematicalValue(end);
    if (Number.isNaN(x)) throw new RangeError('Invalid start : NaN');
    if (Number.isNaN(y)) throw new RangeError('Invalid end : NaN');
    const result = host.intlFormatNumberRange(this.#resolved.locale, this.#skeleton, x, y, toPartsWanted);
    return toPartsWanted ? toParts(result[0], result[1], x, true) : result;
  }

  resolvedOptions() {
    NumberFormat.#check(this, 'resolvedOptions');
    const result = {};
    for (const key of kResolvedKeys) {
      if (this.#resolved[key] !== undefined) result[key] = this.#resolved[key];
    }
    result.locale = this.#resolved.reportedLocale;
    return result;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(NumberFormat.prototype, Symbol.toStringTag, { value: 'Intl.NumberFormat', configurable: true });

function toParts(text, fields, value, withSource) {
  const parts = [];
  for (let i = 0; i < fields.length; i += 4) {
    const field = fields[i];
    let type = field === -1 ? 'literal' : partTypes[field];
    if (type === 'sign') type = /[-\u2212\u061c\u200e]/.test(text.slice(fields[i + 1], fields[i + 2])) ? 'minusSign' : 'plusSign';
    else if (type === 'integer' && typeof value === 'number') {
      if (Number.isNaN(value)) type = 'nan';
      else if (!Number.isFinite(value)) type = 'infinity';
    }
    const part = { type, value: text.slice(fields[i + 1], fields[i + 2]) };
    if (withSource) part.source = rangeSources[fields[i + 3]];
    parts.push(part);
  }
  return parts;
}

const IntlNumberFormat = intlConstructor(NumberFormat, { callable: true });

// Number.prototype.toLocaleString and BigInt's: a formatter per call, except the common call with no
// locales and no options, whose formatter is made once.
// So is the formatter of a locale string without options (toLocaleString('de-DE')), kept per
// string (a few dozen at most).
let defaultFormat;
const localeFormats = new Map();
function toLocaleString(value, locales, options) {
  if (options === undefined) {
    if (locales === undefined) {
      defaultFormat ??= new IntlNumberFormat().format;
      return defaultFormat(value);
    }
    if (typeof locales === 'string') {
      let format = localeFormats.get(locales);
      if (format === undefined) {
        format = new IntlNumberFormat(locales).format;
        if (localeFormats.size >= 64) localeFormats.clear();
        localeFormats.set(locales, format);
      }
      return format(value);
    }
  }
  return new IntlNumberFormat(locales, options).format(value);
}

module.exports = {
  sanctionedUnits: kUnits, NumberFormat: IntlNumberFormat, toLocaleString, setDigitOptions, precisionStem, icuRoundingModes,
  toParts,
};
