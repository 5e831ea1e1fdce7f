'use strict';
// Intl.DateTimeFormat (ECMA-402 CreateDateTimeFormat, read in V8's order with V8's errors). The
// options become an ICU skeleton, ICU's pattern generator turns it into the locale's pattern once,
// and resolvedOptions() reads the fields back from that pattern, as V8 does. Formatting is one host
// call to an ICU SimpleDateFormat cached per (locale, pattern, time zone).

const {
  canonicalizeLocaleList, resolveLocaleWithKeys, withKeywords, settleNumberingSystem, supportedLocalesOf,
  toOptionsObject, getOption, getTypeOption, getNumberOption, getDefaultLocale,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kService = 'Intl.DateTimeFormat';
const kStyles = ['full', 'long', 'medium', 'short'];
const kHourCycles = ['h11', 'h12', 'h23', 'h24'];

// The components in V8's order: [option, allowed values, skeleton letters per value]
const kComponents = [
  ['weekday', { narrow: 'EEEEE', short: 'EEE', long: 'EEEE' }],
  ['era', { narrow: 'GGGGG', short: 'G', long: 'GGGG' }],
  ['year', { '2-digit': 'yy', numeric: 'y' }],
  ['month', { '2-digit': 'MM', numeric: 'M', narrow: 'MMMMM', short: 'MMM', long: 'MMMM' }],
  ['day', { '2-digit': 'dd', numeric: 'd' }],
  ['dayPeriod', { narrow: 'BBBBB', short: 'B', long: 'BBBB' }],
  ['hour', { '2-digit': 2, numeric: 1 }],
  ['minute', { '2-digit': 'mm', numeric: 'm' }],
  ['second', { '2-digit': 'ss', numeric: 's' }],
  ['fractionalSecondDigits', null],
  ['timeZoneName', { short: 'z', long: 'zzzz', shortOffset: 'O', longOffset: 'OOOO', shortGeneric: 'v',
    longGeneric: 'vvvv' }],
];
const hourLetters = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };
const hourCycleOf = { K: 'h11', h: 'h12', H: 'h23', k: 'h24' };

// A pattern's fields as resolvedOptions() reports them: letter -> [option, value by field length].
const patternFields = {
  E: ['weekday', (n) => (n === 5 ? 'narrow' : n === 4 ? 'long' : 'short')],
  c: ['weekday', (n) => (n === 5 ? 'narrow' : n === 4 ? 'long' : 'short')],
  G: ['era', (n) => (n === 5 ? 'narrow' : n === 4 ? 'long' : 'short')],
  y: ['year', (n) => (n === 2 ? '2-digit' : 'numeric')],
  M: ['month', (n) => ['numeric', '2-digit', 'short', 'long', 'narrow'][n - 1]],
  L: ['month', (n) => ['numeric', '2-digit', 'short', 'long', 'narrow'][n - 1]],
  d: ['day', (n) => (n === 2 ? '2-digit' : 'numeric')],
  B: ['dayPeriod', (n) => (n === 5 ? 'narrow' : n === 4 ? 'long' : 'short')],
  h: ['hour', (n) => (n === 2 ? '2-digit' : 'numeric')],
  H: ['hour', (n) => (n === 2 ? '2-digit' : 'numeric')],
  k: ['hour', (n) => (n === 2 ? '2-digit' : 'numeric')],
  K: ['hour', (n) => (n === 2 ? '2-digit' : 'numeric')],
  m: ['minute', (n) => (n === 2 ? '2-digit' : 'numeric')],
  s: ['second', (n) => (n === 2 ? '2-digit' : 'numeric')],
  S: ['fractionalSecondDigits', (n) => n],
  z: ['timeZoneName', (n) => (n === 4 ? 'long' : 'short')],
  O: ['timeZoneName', (n) => (n === 4 ? 'longOffset' : 'shortOffset')],
  v: ['timeZoneName', (n) => (n === 4 ? 'longGeneric' : 'shortGeneric')],
};
// pattern letter -> formatToParts type
const partTypes = {
  G: 'era', y: 'year', u: 'year', U: 'yearName', r: 'relatedYear', M: 'month', L: 'month', d: 'day',
  E: 'weekday', c: 'weekday', e: 'weekday', a: 'dayPeriod', b: 'dayPeriod', B: 'dayPeriod', h: 'hour', H: 'hour',
  k: 'hour', K: 'hour', m: 'minute', s: 'second', S: 'fractionalSecond', z: 'timeZoneName', O: 'timeZoneName',
  v: 'timeZoneName', V: 'timeZoneName', X: 'timeZoneName', x: 'timeZoneName', Z: 'timeZoneName',
};
// ICU's UDateFormatField numbers -> formatToParts type (formatRangeToParts reads fields by number)
const fieldTypes = ['era', 'year', 'month', 'day', 'hour', 'hour', 'minute', 'second', 'fractionalSecond', 'weekday',
  null, null, null, null, 'dayPeriod', 'hour', 'hour', 'timeZoneName', 'year', 'weekday', 'year', null, null,
  'timeZoneName', 'timeZoneName', 'weekday', 'month', null, null, 'timeZoneName', 'yearName', 'timeZoneName',
  'timeZoneName', 'timeZoneName', 'relatedYear', 'dayPeriod', 'dayPeriod'];
const kDateFieldCategory = 1;
const kRangeSpanCategory = 0x1005;   // UFIELD_CATEGORY_DATE_INTERVAL_SPAN: field 0 the start, 1 the end
const rangeSources = ['startRange', 'endRange'];

// The zone V8 reports for a timeZone option: an offset normalized to ±HH:MM, else the IANA id.
function canonicalTimeZone(value) {
  const name = String(value);
  const offset = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(name);
  if (offset && Number(offset[2]) < 24 && Number(offset[3] ?? 0) < 60) return `${offset[1]}${offset[2]}:${offset[3] ?? '00'}`;
  const zone = host.intlCanonicalTimeZone(name);
  if (zone == null) throw new RangeError(`Invalid time zone specified: ${name}`);
  return zone;
}

// The time value a Date-like argument formats: V8's ToNumber, undefined meaning now.
function toTimeValue(date) {
  const time = date === undefined ? Date.now() : Number(date);
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(time) + 0;
}

// ToDateTimeOptions' part: whether neither date nor time fields were asked for in `required`.
function needsDefaults(components, required) {
  const dateFields = ['weekday', 'year', 'month', 'day'];
  const timeFields = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
  if ((required === 'date' || required === 'any') && dateFields.some((f) => components[f] !== undefined)) return false;
  if ((required === 'time' || required === 'any') && timeFields.some((f) => components[f] !== undefined)) return false;
  return true;
}

// required/defaults of ToDateTimeOptions for toLocaleString, toLocaleDateString, toLocaleTimeString
const kinds = {
  constructor: { required: 'any', defaults: 'date' },
  string: { required: 'any', defaults: 'all' },
  date: { required: 'date', defaults: 'date' },
  time: { required: 'time', defaults: 'time' },
};
const kindValues = Object.values(kinds);

class DateTimeFormat {
  #resolved;
  #pattern;
  #zone;
  #boundFormat;
  #formatId;

  // kind: what ToDateTimeOptions is asked (one of `kinds`, which only this module holds; what a
  // program passes as a third argument is ignored): the constructor asks 'any' fields, 'date' defaults.
  constructor(locales = undefined, options = undefined, kind = undefined) {
    const { required, defaults } = kindValues.includes(kind) ? kind : kinds.constructor;
    const requested = canonicalizeLocaleList(locales);
    if (options === null) throw new TypeError('Intl.DateTimeFormat called on null or undefined');
    options = toOptionsObject(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', kService);
    let calendar = getTypeOption(options, 'calendar', kService);
    const numberingSystem = getTypeOption(options, 'numberingSystem', kService);
    const hour12 = getOption(options, 'hour12', 'boolean', undefined, undefined, kService);
    let hourCycle = getOption(options, 'hourCycle', 'string', kHourCycles, undefined, kService);
    if (hour12 !== undefined) hourCycle = undefined;
    const timeZoneOption = options.timeZone;
    const zone = timeZoneOption === undefined ? host.intlDefaultTimeZone() : canonicalTimeZone(timeZoneOption);
    const components = {};
    for (const [name, values] of kComponents) {
      components[name] = name === 'fractionalSecondDigits' ?
        getNumberOption(options, name, 1, 3, undefined) :
        getOption(options, name, 'string', Object.keys(values), undefined, kService);
    }
    getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', kService);
    const dateStyle = getOption(options, 'dateStyle', 'string', kStyles, undefined, kService);
    const timeStyle = getOption(options, 'timeStyle', 'string', kStyles, undefined, kService);
    const [locale, keywords] = resolveLocaleWithKeys(requested, ['ca', 'hc', 'nu']);
    // an extension of the tag applies where no option overrides it, and then shows in the locale
    const kept = { __proto__: null };
    const nu = settleNumberingSystem(numberingSystem, keywords, kept);
    if (keywords.ca && (calendar === undefined || calendar.toLowerCase() === keywords.ca)) {
      calendar = kept.ca = keywords.ca;
    }
    if (keywords.hc !== undefined && kHourCycles.includes(keywords.hc) && hour12 === undefined &&
        (hourCycle === undefined || hourCycle === keywords.hc)) {
      hourCycle = kept.hc = keywords.hc;
    }
    // ICU formats in the locale with the calendar and numbering system asked for as its extensions
    const icuLocale = calendar === undefined && nu === undefined ? locale :
      `${locale}-u${calendar === undefined ? '' : `-ca-${calendar.toLowerCase()}`}${nu === undefined ? '' : `-nu-${nu}`}`;

    let pattern;
    let resolvedCalendar;
    if (dateStyle !== undefined || timeStyle !== undefined) {
      for (const [name] of kComponents) {
        if (components[name] !== undefined) throw new TypeError('Invalid option : option');
      }
      if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
      if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
      const styleIndex = (style) => (style === undefined ? -1 : kStyles.indexOf(style));
      [pattern, resolvedCalendar] = host.intlDatePattern(icuLocale, '', styleIndex(dateStyle), styleIndex(timeStyle));
      if (timeStyle !== undefined && differsFromStyle(pattern, hour12, hourCycle)) {
        // another hour cycle than the style's: the style's fields, asked again with that hour letter
        const skeleton = host.intlSkeletonOf(pattern).replace(/[hHkKjJC]+/g, (run) => hourSkeleton(run.length, hour12, hourCycle));
        pattern = host.intlDatePattern(icuLocale, skeleton, -1, -1)[0];
      }
    } else {
      let needDefaults = needsDefaults(components, required);
      if (needDefaults && (defaults === 'date' || defaults === 'all')) {
        components.year = components.month = components.day = 'numeric';
      }
      if (needDefaults && (defaults === 'time' || defaults === 'all')) {
        components.hour = components.minute = components.second = 'numeric';
      }
      let skeleton = '';
      for (const [name, values] of kComponents) {
        const value = components[name];
        if (value === undefined || name === 'dayPeriod') continue;
        if (name === 'fractionalSecondDigits') skeleton += 'S'.repeat(value);
        else if (name === 'hour') skeleton += hourSkeleton(values[value], hour12, hourCycle);
        else skeleton += values[value];
      }
      // the day period after the hour: ICU then picks a pattern with it where the locale's hours have one
      if (components.dayPeriod !== undefined) skeleton += kComponents[5][1][components.dayPeriod];
      [pattern, resolvedCalendar] = host.intlDatePattern(icuLocale, skeleton, -1, -1);
      if (hourCycle !== undefined && hour12 === undefined) {
        pattern = replaceHours(pattern, hourLetters[hourCycle]);
      }
    }
    this.#pattern = pattern;
    this.#zone = zone;
    this.#resolved = {
      locale: withKeywords(locale, kept),
      calendar: resolvedCalendar,
      numberingSystem: nu ?? host.intlNumberingSystem(locale),
      icuLocale,
      timeZone: zone,
      dateStyle,
      timeStyle,
    };
  }

  static #check(object, method) {
    if (typeof object === 'object' && object !== null && #pattern in object) return;
    if ((method === 'format' || method === 'resolvedOptions') && typeof object === 'object' && object !== null) {
      throw incompatibleReceiver('UnwrapDateTimeFormat', object);
    }
    throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
  }

  // (the host writes a plain space where CLDR has U+202F, as V8's format() does)
  static formatValue(format, date) {
    format.#formatId ??= host.intlDateFormatterId(format.#resolved.icuLocale, format.#pattern, format.#zone);
    return host.intlFormatDateWith(format.#formatId, toTimeValue(date));
  }

  // The host's name for this format in whatever the default zone is at each call.
  static defaultZoneFormatId(format) {
    return host.intlDateFormatterId(format.#resolved.icuLocale, format.#pattern, null);
  }

  get format() {
    DateTimeFormat.#check(this, 'format');
    if (this.#boundFormat === undefined) {
      const format = (date) => formatValue(this, date);
      Object.defineProperty(format, 'name', { value: '' });
      this.#boundFormat = format;
    }
    return this.#boundFormat;
  }

  formatToParts(date) {
    DateTimeFormat.#check(this, 'formatToParts');
    const result = host.intlFormatDateToParts(this.#resolved.icuLocale, this.#pattern, this.#zone, toTimeValue(date));
    const text = result[0];
    const parts = [];
    let at = 0;
    for (let i = 1; i < result.length; i += 3) {
      const [letter, start, end] = [result[i], result[i + 1], result[i + 2]];
      if (start > at) parts.push({ type: 'literal', value: text.slice(at, start) });
      parts.push({ type: partTypes[letter] ?? 'literal', value: text.slice(start, end) });
      at = end;
    }
    if (at < text.length) parts.push({ type: 'literal', value: text.slice(at) });
    return parts;
  }

  formatRange(startDate, endDate) {
    return this.#range(startDate, endDate, false, 'formatRange');
  }

  formatRangeToParts(startDate, endDate) {
    return this.#range(startDate, endDate, true, 'formatRangeToParts');
  }

  #range(startDate, endDate, toParts, method) {
    DateTimeFormat.#check(this, method);
    if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
    const x = toTimeValue(startDate);
    const y = toTimeValue(endDate);
    const skeleton = host.intlSkeletonOf(this.#pattern);
    const result = host.intlFormatDateRange(this.#resolved.icuLocale, skeleton, this.#zone, x, y);
    let spans = false;
    for (let i = 1; i < result.length; i += 4) spans ||= result[i] === kRangeSpanCategory;
    if (!spans) {   // the two dates look the same in these fields: V8 formats the first alone
      if (!toParts) return formatValue(this, x);
      return this.formatToParts(x).map((part) => ({ ...part, source: 'shared' }));
    }
    return toParts ? rangeParts(result) : result[0];
  }

  resolvedOptions() {
    DateTimeFormat.#check(this, 'resolvedOptions');
    const { locale, calendar, numberingSystem, timeZone, dateStyle, timeStyle } = this.#resolved;
    const result = { locale, calendar, numberingSystem, timeZone };
    const fields = {};
    let hourLetter;
    for (const [run, letter] of this.#pattern.replace(/'[^']*'/g, '').matchAll(/([a-zA-Z])\1*/g)) {
      const field = patternFields[letter];
      if (field === undefined) continue;
      if (field[0] === 'hour') hourLetter = letter;
      fields[field[0]] ??= field[1](run.length);
    }
    if (hourLetter !== undefined) {
      result.hourCycle = hourCycleOf[hourLetter];
      result.hour12 = result.hourCycle === 'h11' || result.hourCycle === 'h12';
    }
    if (dateStyle === undefined && timeStyle === undefined) {
      for (const [name] of kComponents) {
        if (fields[name] !== undefined) result[name] = fields[name];
      }
    } else {
      if (dateStyle !== undefined) result.dateStyle = dateStyle;
      if (timeStyle !== undefined) result.timeStyle = timeStyle;
    }
    return result;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(DateTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.DateTimeFormat', configurable: true });
const { formatValue, defaultZoneFormatId } = DateTimeFormat;
delete DateTimeFormat.formatValue;
delete DateTimeFormat.defaultZoneFormatId;

// The skeleton letters of an hour field of `length`: hour12 picks h or H, an hourCycle its letter,
// neither the locale's preferred (j).
function hourSkeleton(length, hour12, hourCycle) {
  const letter = hour12 === true ? 'h' : hour12 === false ? 'H' : hourCycle !== undefined ? hourLetters[hourCycle] : 'j';
  return letter.repeat(length);
}

// Whether hour12 / hourCycle ask for another hour cycle than the style pattern's (V8 keeps the
// pattern when they agree: hour12 true with a 12-hour pattern, false with a 24-hour one).
function differsFromStyle(pattern, hour12, hourCycle) {
  const letter = pattern.replace(/'[^']*'/g, '').match(/[hHkK]/)?.[0];
  if (letter === undefined) return false;
  if (hour12 !== undefined) return hour12 !== (letter === 'h' || letter === 'K');
  return hourCycle !== undefined && hourLetters[hourCycle] !== letter;
}

// The pattern with its hour fields in another letter, outside quoted literals.
function replaceHours(pattern, letter) {
  return pattern.replace(/'[^']*'|[hHkK]+/g, (run) => (run[0] === "'" ? run : letter.repeat(run.length)));
}

function rangeParts(result) {
  const text = result[0];
  const spans = [];
  const fields = [];
  for (let i = 1; i < result.length; i += 4) {
    const [category, field, start, end] = [result[i], result[i + 1], result[i + 2], result[i + 3]];
    if (category === kRangeSpanCategory) spans.push([field, start, end]);
    else if (category === kDateFieldCategory) fields.push([field, start, end]);
  }
  fields.sort((a, b) => a[1] - b[1]);
  const sourceAt = (index) => {
    for (const [side, start, end] of spans) if (index >= start && index < end) return rangeSources[side];
    return 'shared';
  };
  const parts = [];
  let at = 0;
  const literalTo = (end) => {   // literals split where the source changes
    while (at < end) {
      const source = sourceAt(at);
      let stop = at + 1;
      while (stop < end && sourceAt(stop) === source) stop++;
      parts.push({ type: 'literal', value: text.slice(at, stop), source });
      at = stop;
    }
  };
  for (const [field, start, end] of fields) {
    if (start < at) continue;
    literalTo(start);
    parts.push({ type: fieldTypes[field] ?? 'literal', value: text.slice(start, end), source: sourceAt(start) });
    at = end;
  }
  literalTo(text.length);
  return parts;
}

const IntlDateTimeFormat = intlConstructor(DateTimeFormat, { callable: true });

// Date.prototype.toLocaleString / DateString / TimeString: the format of each kind without locales
// and options is made once and follows the default zone as it is at each call (TZ may change);
// an invalid date is "Invalid Date".
// The same holds for a locale string without options (toLocaleString('de-DE')), whose format is
// kept per kind and string (a few dozen at most).
const defaultFormatIds = { __proto__: null };
const localeFormatIds = new Map();
function toLocaleString(kind, time, locales, options) {
  if (Number.isNaN(time)) return 'Invalid Date';
  if (options === undefined) {
    if (locales === undefined) {
      defaultFormatIds[kind] ??= defaultZoneFormatId(new DateTimeFormat(undefined, undefined, kinds[kind]));
      return host.intlFormatDateWith(defaultFormatIds[kind], time);
    }
    if (typeof locales === 'string') {
      const key = `${kind} ${locales}`;
      let id = localeFormatIds.get(key);
      if (id === undefined) {
        id = defaultZoneFormatId(new DateTimeFormat(locales, undefined, kinds[kind]));
        if (localeFormatIds.size >= 64) localeFormatIds.clear();
        localeFormatIds.set(key, id);
      }
      return host.intlFormatDateWith(id, time);
    }
  }
  return formatValue(new DateTimeFormat(locales, options, kinds[kind]), time);
}

// What V8 adds to Date.prototype.toString / toTimeString: " (zone name)" in the default locale.
function zoneNameSuffix(time) {
  return ` (${host.intlZoneName(getDefaultLocale(), time)})`;
}

module.exports = { DateTimeFormat: IntlDateTimeFormat, toLocaleString, zoneNameSuffix };
