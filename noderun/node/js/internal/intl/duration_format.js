'use strict';
// Intl.DurationFormat as V8 13.6 (node 24) has it: options settled per unit in V8's order
// (GetDurationUnitOptions), the duration record read as V8 reads it, then each displayed unit
// becomes an ICU number skeleton and a value here, and the host formats them all and joins them
// with ICU's unit list in one call. V8's own quirks are kept: a numeric unit whose previous one
// was shown joins it with the time separator even after a unit written in words.

const {
  canonicalizeLocaleList, resolveNumberingLocale, supportedLocalesOf, getOptionsObject, getOption, getNumberOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver, describeReceiver } = require('internal/intl/constructor');

const kService = 'Intl.DurationFormat';
const kUnits = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds',
  'nanoseconds'];
const kWords = ['long', 'short', 'narrow'];
const kClock = ['long', 'short', 'narrow', 'numeric', '2-digit'];
const kSubsecond = ['long', 'short', 'narrow', 'numeric'];
const unitStyles = {
  years: kWords, months: kWords, weeks: kWords, days: kWords, hours: kClock, minutes: kClock, seconds: kClock,
  milliseconds: kSubsecond, microseconds: kSubsecond, nanoseconds: kSubsecond,
};
const widths = { long: 'unit-width-full-name', short: 'unit-width-short', narrow: 'unit-width-narrow' };
// How temporal's ToDurationRecord reads a duration-like object: its fields in alphabetical order.
const kRecordFields = ['days', 'hours', 'microseconds', 'milliseconds', 'minutes', 'months', 'nanoseconds', 'seconds',
  'weeks', 'years'];
// V8 13.6 names the spot of its Temporal code in these messages.
const kTemporalSource = '../deps/v8/src/objects/js-temporal-objects.cc';

// GetDurationUnitOptions: [style, display] of a unit, given the base style and the previous unit's style.
function unitOptions(options, unit, baseStyle, digitalBase, previous) {
  let style = getOption(options, unit, 'string', unitStyles[unit], undefined, kService);
  let displayDefault = 'always';
  const clockUnit = unit === 'hours' || unit === 'minutes' || unit === 'seconds';
  if (style === undefined) {
    if (baseStyle === 'digital') {
      if (!clockUnit) displayDefault = 'auto';
      style = digitalBase;
    } else if (previous === 'fractional' || previous === 'numeric' || previous === '2-digit') {
      if (unit !== 'minutes' && unit !== 'seconds') displayDefault = 'auto';
      style = 'numeric';
    } else {
      displayDefault = 'auto';
      style = baseStyle;
    }
  }
  if (style === 'numeric' && (unit === 'milliseconds' || unit === 'microseconds' || unit === 'nanoseconds')) {
    style = 'fractional';
    displayDefault = 'auto';
  }
  const display = getOption(options, `${unit}Display`, 'string', ['auto', 'always'], displayDefault, kService);
  const invalid = () => new RangeError(`Invalid object : ${describeReceiver(options)}`);
  if (display === 'always' && style === 'fractional') throw invalid();
  if (previous === 'fractional' && style !== 'fractional') throw invalid();
  if (previous === 'numeric' || previous === '2-digit') {
    if (style !== 'fractional' && style !== 'numeric' && style !== '2-digit') throw invalid();
    if (unit === 'minutes' || unit === 'seconds') style = '2-digit';
  }
  return [style, display];
}

function temporalError(Class, message, line) {
  return new Class(`${message} for Temporal ${kTemporalSource}:${line}`);
}

// The duration record of a duration-like object, with V8 13.6's errors.
function toDurationRecord(input) {
  if (typeof input === 'string') throw new RangeError(`Invalid object : ${input}`);
  if (typeof input !== 'object' || input === null) throw temporalError(TypeError, 'Invalid argument', 7856);
  const record = {};
  let any = false;
  for (const field of kRecordFields) {
    const value = input[field];
    record[field] = 0;
    if (value === undefined) continue;
    any = true;
    if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
    // ToIntegerWithoutRounding: NaN is 0, a fraction or an infinity a RangeError
    const number = Number(value);
    if (Number.isNaN(number)) continue;
    if (!Number.isFinite(number) || Math.trunc(number) !== number) {
      throw temporalError(RangeError, 'Invalid time value', 2593);
    }
    record[field] = number + 0;   // -0 -> 0
  }
  if (!any) throw temporalError(TypeError, 'Invalid argument', 7905);
  if (!isValidDuration(record)) throw new RangeError(`Invalid object : ${describeReceiver(input)}`);
  return record;
}

// IsValidDuration: one sign for all fields, years/months/weeks below 2^32, the time below 2^53 s.
function isValidDuration(record) {
  const sign = durationSign(record);
  for (const field of kUnits) if (record[field] !== 0 && Math.sign(record[field]) !== sign) return false;
  if (Math.abs(record.years) >= 2 ** 32 || Math.abs(record.months) >= 2 ** 32 || Math.abs(record.weeks) >= 2 ** 32) {
    return false;
  }
  const nanoseconds = BigInt(record.days) * 86400000000000n + BigInt(record.hours) * 3600000000000n +
    BigInt(record.minutes) * 60000000000n + BigInt(record.seconds) * 1000000000n +
    BigInt(record.milliseconds) * 1000000n + BigInt(record.microseconds) * 1000n + BigInt(record.nanoseconds);
  const limit = 2n ** 53n * 1000000000n;
  return nanoseconds < limit && nanoseconds > -limit;
}

function durationSign(record) {
  for (const field of kUnits) {
    if (record[field] < 0) return -1;
    if (record[field] > 0) return 1;
  }
  return 0;
}

// value * 10^-power + the smaller units, as an exact decimal string (V8 sums them in int64).
function fractionalValue(record, units, power) {
  const scales = [1n, 1000n, 1000000n, 1000000000n];
  let total = 0n;
  for (let i = 0; i < units.length; i++) total += BigInt(record[units[i]]) * scales[units.length - 1 - i];
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(power + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -power)}.${digits.slice(-power)}`;
}

class DurationFormat {
  #locale;
  #reportedLocale;
  #numberingSystem;
  #nuStem;
  #separator;
  #style;
  #units;   // unit -> [style, display]
  #fractionalDigits;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options);
    const { locale, reportedLocale, nu, numberingSystem } = resolveNumberingLocale(requested, options, kService);
    this.#locale = locale;
    this.#reportedLocale = reportedLocale;
    this.#numberingSystem = numberingSystem;
    this.#nuStem = nu === undefined ? '' : ` numbering-system/${nu}`;
    this.#separator = host.intlTimeSeparator(nu === undefined ? locale : `${locale}-u-nu-${nu}`);
    const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow', 'digital'], 'short', kService);
    this.#style = style;
    const units = {};
    let previous;
    for (const unit of kUnits) {
      const digitalBase = unit === 'hours' || unit === 'minutes' || unit === 'seconds' || unit === 'milliseconds' ||
        unit === 'microseconds' || unit === 'nanoseconds' ? 'numeric' : 'short';
      units[unit] = unitOptions(options, unit, style, digitalBase, previous);
      previous = units[unit][0];
    }
    this.#units = units;
    this.#fractionalDigits = getNumberOption(options, 'fractionalDigits', 0, 9, undefined);
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#locale in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
    return object;
  }

  resolvedOptions() {
    const format = DurationFormat.#check(this, 'resolvedOptions');
    const resolved = { locale: format.#reportedLocale, numberingSystem: format.#numberingSystem, style: format.#style };
    for (const unit of kUnits) {
      const [style, display] = format.#units[unit];
      resolved[unit] = style === 'fractional' ? 'numeric' : style;
      resolved[`${unit}Display`] = display;
    }
    if (format.#fractionalDigits !== undefined) resolved.fractionalDigits = format.#fractionalDigits;
    return resolved;
  }

  format(duration) {
    const format = DurationFormat.#check(this, 'format');
    return format.#run(toDurationRecord(duration), false);
  }

  formatToParts(duration) {
    const format = DurationFormat.#check(this, 'formatToParts');
    const [text, positions, elements] = format.#run(toDurationRecord(duration), true);
    const { toParts } = require('internal/intl/number_format');
    const parts = [];
    let element = 0;
    for (let i = 0; i < positions.length; i += 3) {
      if (!positions[i]) {
        parts.push({ type: 'literal', value: text.slice(positions[i + 1], positions[i + 2]) });
        continue;
      }
      for (const piece of elements[element++]) {
        if (piece == null) {   // the time separator joining two numbers
          parts.push({ type: 'literal', value: format.#separator });
          continue;
        }
        const [unit, pieceText, fields] = piece;
        for (const part of toParts(pieceText, fields, 0, false)) parts.push({ ...part, unit });
      }
    }
    return parts;
  }

  // DurationRecordToListOfFormattedNumber: the host's pieces for each unit shown, then one host call.
  #run(record, toParts) {
    const pieces = [];
    const negative = durationSign(record) === -1;
    let showSign = true;
    const base = `rounding-mode-half-up${this.#nuStem}`;
    const units = this.#units;
    // Output: one number (its sign only on the first unit shown: -0 there for a negative duration)
    const output = (unit, value, stems, addToLast) => {
      let skeleton = `${base}${stems}`;
      if (showSign) {
        showSign = false;
        if (value === 0 && negative) value = '-0';
      } else {
        skeleton += ' sign-never';
      }
      pieces.push(unit, skeleton, value, addToLast);
    };
    const words = (unit, name, value, style) => {
      if (value === 0 && units[name][1] === 'auto') return;
      output(unit, value, ` measure-unit/duration-${unit} ${widths[style]}`, false);
    };
    const wordsOrNumeric = (unit, name, value, addToLast) => {
      const [style, display] = units[name];
      if (value === 0 && display === 'auto') return;
      if (style === 'numeric') output(unit, value, ' group-off', addToLast);
      else words(unit, name, value, style);
    };
    const clock = (unit, name, value, maybeAddToLast, required) => {
      const [style, display] = units[name];
      if (value === 0 && display === 'auto' && !required) return;
      if (style === '2-digit') output(unit, value, ' integer-width/+00 group-off', maybeAddToLast);
      else wordsOrNumeric(unit, name, value, maybeAddToLast && style === 'numeric');
    };
    const fractional = (unit, name, value) => {
      const [style, display] = units[name];
      if (/^-?0\.0*$/.test(value) && display === 'auto') return;
      const digits = this.#fractionalDigits;
      const min = digits ?? 0;
      const max = digits ?? 9;
      const precision = max === 0 ? 'precision-integer' : `.${'0'.repeat(min)}${'#'.repeat(max - min)}`;
      let skeleton = `rounding-mode-down${this.#nuStem} ${precision}`;
      if (showSign) showSign = false;
      else skeleton += ' sign-never';
      let addToLast = true;
      if (style === '2-digit') skeleton += ' integer-width/+00 group-off';
      else if (style === 'numeric') skeleton += ' group-off';
      else {
        skeleton += ` measure-unit/duration-${unit} ${widths[style]}`;
        addToLast = false;
      }
      pieces.push(unit, skeleton, value, addToLast);
    };

    words('year', 'years', record.years, units.years[0]);
    words('month', 'months', record.months, units.months[0]);
    words('week', 'weeks', record.weeks, units.weeks[0]);
    words('day', 'days', record.days, units.days[0]);
    clock('hour', 'hours', record.hours, false, false);
    const hoursStyle = units.hours[0];
    const hoursNumeric = hoursStyle === 'numeric' || hoursStyle === '2-digit';
    const required = hoursNumeric && (units.hours[1] === 'always' || record.hours !== 0) &&
      (units.seconds[1] === 'always' || record.seconds !== 0 || record.milliseconds !== 0 ||
        record.microseconds !== 0 || record.nanoseconds !== 0);
    clock('minute', 'minutes', record.minutes, hoursNumeric, required);
    if (units.milliseconds[0] === 'fractional') {
      fractional('second', 'seconds',
        fractionalValue(record, ['seconds', 'milliseconds', 'microseconds', 'nanoseconds'], 9));
    } else {
      clock('second', 'seconds', record.seconds, true, false);
      if (units.microseconds[0] === 'fractional') {
        fractional('millisecond', 'milliseconds',
          fractionalValue(record, ['milliseconds', 'microseconds', 'nanoseconds'], 6));
      } else {
        wordsOrNumeric('millisecond', 'milliseconds', record.milliseconds, false);
        if (units.nanoseconds[0] === 'fractional') {
          fractional('microsecond', 'microseconds', fractionalValue(record, ['microseconds', 'nanoseconds'], 3));
        } else {
          wordsOrNumeric('microsecond', 'microseconds', record.microseconds, false);
          wordsOrNumeric('nanosecond', 'nanoseconds', record.nanoseconds, false);
        }
      }
    }
    const listStyle = this.#style === 'digital' ? 'short' : this.#style;
    return host.intlFormatDuration(this.#locale, listStyle, this.#separator, JSON.stringify(pieces), toParts);
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(DurationFormat.prototype, Symbol.toStringTag, { value: 'Intl.DurationFormat',
  configurable: true });

module.exports = { DurationFormat: intlConstructor(DurationFormat) };
