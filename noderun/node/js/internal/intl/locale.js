'use strict';
// Intl.Locale: a canonical BCP 47 tag (ICU canonicalizes it) with ECMA-402's options applied, read
// in V8's order with V8's errors. Its parts are read off the canonical tag; what needs locale data
// (likely subtags, the locale's calendars, week, time zones...) is one host query to ICU.

const { localeTags, canonicalizeLocaleList, toOptionsObject, getOption } = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kService = 'Intl.Locale';
const kOptionService = 'locale';   // V8's "Value x out of range for locale options property y"
const type = /^[a-z\d]{3,8}(?:-[a-z\d]{3,8})*$/i;
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function incorrectLocale() {
  return new RangeError('Incorrect locale information provided');
}

function canonicalize(tag) {
  try {
    return canonicalizeLocaleList(tag)[0];
  } catch (error) {
    if (error instanceof RangeError) throw incorrectLocale();
    throw error;
  }
}

// A tag split into its unicode_language_id, its -u- extension ([attributes, [key, value]...]) and
// everything else (other extensions, private use) in order.
function splitTag(tag) {
  const subtags = tag.split('-');
  let end = subtags.findIndex((subtag) => subtag.length === 1);
  if (end < 0) end = subtags.length;
  const languageId = subtags.slice(0, end);
  const attributes = [];
  const keywords = [];
  const rest = [];
  let i = end;
  while (i < subtags.length) {
    const singleton = subtags[i].toLowerCase();
    let next = i + 1;
    if (singleton === 'x') {
      next = subtags.length;
    } else {
      while (next < subtags.length && subtags[next].length > 1) next++;
    }
    const body = subtags.slice(i + 1, next);
    if (singleton === 'u') {
      let key;
      for (const subtag of body) {
        if (subtag.length === 2) {
          key = [subtag.toLowerCase(), ''];
          keywords.push(key);
        } else if (key) {
          key[1] = key[1] ? `${key[1]}-${subtag}` : subtag;
        } else {
          attributes.push(subtag);
        }
      }
    } else {
      rest.push(singleton, ...body);
    }
    i = next;
  }
  return { languageId, attributes, keywords, rest };
}

function joinTag({ languageId, attributes, keywords, rest }) {
  const parts = [...languageId];
  if (attributes.length || keywords.length) {
    parts.push('u', ...attributes);
    for (const [key, value] of keywords) parts.push(key, ...(value ? [value] : []));
  }
  return [...parts, ...rest].join('-');
}

function stringOption(options, property, pattern) {
  const value = getOption(options, property, 'string', undefined, undefined, kService);
  if (value !== undefined && !pattern.test(value)) throw incorrectLocale();
  return value;
}

// ApplyOptionsToTag, then the Unicode extension keys of the options (ECMA-402 Intl.Locale).
function applyOptions(tag, options) {
  const language = stringOption(options, 'language', /^(?:[a-z]{2,3}|[a-z]{5,8})$/i);
  const script = stringOption(options, 'script', /^[a-z]{4}$/i);
  const region = stringOption(options, 'region', /^(?:[a-z]{2}|\d{3})$/i);
  const keys = [
    ['ca', stringOption(options, 'calendar', type)],
    ['co', stringOption(options, 'collation', type)],
  ];
  let fw = getOption(options, 'firstDayOfWeek', 'string', undefined, undefined, kService);
  if (fw !== undefined) {
    if (/^[0-7]$/.test(fw)) fw = weekdays[fw];
    if (!type.test(fw)) throw incorrectLocale();
  }
  keys.push(['fw', fw]);
  keys.push(['hc', getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, kOptionService)]);
  keys.push(['kf', getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, kOptionService)]);
  const numeric = options.numeric;
  keys.push(['kn', numeric === undefined ? undefined : String(Boolean(numeric))]);
  keys.push(['nu', stringOption(options, 'numberingSystem', type)]);

  const parts = splitTag(tag);
  if (language !== undefined || script !== undefined || region !== undefined) {
    const [first, ...others] = parts.languageId;
    let restId = others;
    const hasScript = restId.length > 0 && restId[0].length === 4 && /^[a-z]+$/i.test(restId[0]);
    const oldScript = hasScript ? restId[0] : undefined;
    if (hasScript) restId = restId.slice(1);
    const hasRegion = restId.length > 0 && /^(?:[a-z]{2}|\d{3})$/i.test(restId[0]);
    const oldRegion = hasRegion ? restId[0] : undefined;
    if (hasRegion) restId = restId.slice(1);
    const newScript = script ?? oldScript;
    const newRegion = region ?? oldRegion;
    parts.languageId = [language ?? first, ...(newScript ? [newScript] : []), ...(newRegion ? [newRegion] : []),
      ...restId];
  }
  for (const [key, value] of keys) {
    if (value === undefined) continue;
    const found = parts.keywords.find((keyword) => keyword[0] === key);
    if (found) found[1] = value;
    else parts.keywords.push([key, value]);
  }
  return canonicalize(joinTag(parts));
}

class Locale {
  #tag;
  #parts;

  constructor(tag, options = undefined) {
    if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
      throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
    }
    tag = localeTags.get(tag) ?? String(tag);
    if (tag === '') throw new RangeError("First argument to Intl.Locale constructor can't be empty or missing");
    if (options === null) throw new TypeError('Intl.Locale called on null or undefined');
    this.#tag = applyOptions(canonicalize(tag), toOptionsObject(options));
    localeTags.set(this, this.#tag);
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#tag in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
    return object;
  }

  // The parts of the canonical tag, read once: its language id's subtags and its -u- keys.
  static #partsOf(object, method) {
    const locale = Locale.#check(object, method);
    if (locale.#parts === undefined) {
      const { languageId, keywords } = splitTag(locale.#tag);
      const [language, ...others] = languageId;
      let i = 0;
      const script = others[i]?.length === 4 && /^[a-z]+$/i.test(others[i]) ? others[i++] : undefined;
      const region = others[i] !== undefined && /^(?:[a-z]{2}|\d{3})$/i.test(others[i]) ? others[i] : undefined;
      locale.#parts = {
        language: language === 'und' ? undefined : language, script, region,
        keywords: Object.fromEntries(keywords),
      };
    }
    return locale.#parts;
  }

  static #keyword(object, method, key) {
    return Locale.#partsOf(object, method).keywords[key];
  }

  static #query(object, method, what) {
    return host.intlLocaleQuery(Locale.#check(object, method).#tag, what);
  }

  toString() { return Locale.#check(this, 'toString').#tag; }

  maximize() { return new Locale(Locale.#query(this, 'maximize', 'maximize')); }

  minimize() { return new Locale(Locale.#query(this, 'minimize', 'minimize')); }

  get language() { return Locale.#partsOf(this, 'language').language; }

  get script() { return Locale.#partsOf(this, 'script').script; }

  get region() { return Locale.#partsOf(this, 'region').region; }

  get baseName() { return Locale.#query(this, 'baseName', 'base'); }

  get calendar() { return Locale.#keyword(this, 'calendar', 'ca'); }

  get caseFirst() {
    const value = Locale.#keyword(this, 'caseFirst', 'kf');
    return value === '' ? 'yes' : value;
  }

  get collation() { return Locale.#keyword(this, 'collation', 'co'); }

  get firstDayOfWeek() { return Locale.#keyword(this, 'firstDayOfWeek', 'fw'); }

  get hourCycle() { return Locale.#keyword(this, 'hourCycle', 'hc'); }

  get numeric() {
    const value = Locale.#keyword(this, 'numeric', 'kn');
    return value === '' || value === 'true';
  }

  get numberingSystem() { return Locale.#keyword(this, 'numberingSystem', 'nu'); }

  get calendars() { return Locale.#calendars(this, 'calendars'); }

  get collations() { return Locale.#collations(this, 'collations'); }

  get hourCycles() { return Locale.#hourCycles(this, 'hourCycles'); }

  get numberingSystems() { return Locale.#numberingSystems(this, 'numberingSystems'); }

  get textInfo() { return Locale.#textInfo(this, 'textInfo'); }

  get timeZones() { return Locale.#timeZones(this, 'timeZones'); }

  get weekInfo() { return Locale.#weekInfo(this, 'weekInfo'); }

  getCalendars() { return Locale.#calendars(this, 'getCalendars'); }

  getCollations() { return Locale.#collations(this, 'getCollations'); }

  getHourCycles() { return Locale.#hourCycles(this, 'getHourCycles'); }

  getNumberingSystems() { return Locale.#numberingSystems(this, 'getNumberingSystems'); }

  getTimeZones() { return Locale.#timeZones(this, 'getTimeZones'); }

  getTextInfo() { return Locale.#textInfo(this, 'getTextInfo'); }

  getWeekInfo() { return Locale.#weekInfo(this, 'getWeekInfo'); }

  // The locale's own value of a keyword when its tag names none: [tag's] or the locale's list.
  static #preferred(object, method, key, what) {
    const value = Locale.#keyword(object, method, key);
    if (value !== undefined && value !== '') return [value];
    const found = Locale.#query(object, method, what);
    return Array.isArray(found) ? found : [found];
  }

  static #calendars(object, method) { return Locale.#preferred(object, method, 'ca', 'calendars'); }

  static #collations(object, method) { return Locale.#preferred(object, method, 'co', 'collations'); }

  static #hourCycles(object, method) { return Locale.#preferred(object, method, 'hc', 'hourCycle'); }

  static #numberingSystems(object, method) { return Locale.#preferred(object, method, 'nu', 'numberingSystem'); }

  static #timeZones(object, method) {
    if (Locale.#partsOf(object, method).region === undefined) return undefined;
    return Locale.#query(object, method, 'timeZones');
  }

  static #textInfo(object, method) {
    return { direction: Locale.#query(object, method, 'rtl') ? 'rtl' : 'ltr' };
  }

  static #weekInfo(object, method) {
    const [firstDay, weekend] = Locale.#query(object, method, 'week');
    return { firstDay, weekend };
  }
}
Object.defineProperty(Locale.prototype, Symbol.toStringTag, { value: 'Intl.Locale', configurable: true });

module.exports = { Locale: intlConstructor(Locale) };
