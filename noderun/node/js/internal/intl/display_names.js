'use strict';
// Intl.DisplayNames on ICU's LocaleDisplayNames (languages, regions, scripts, calendars), its
// currency names and its date-time field names; codes are checked here with V8's errors, the name
// is one host call.

const {
  canonicalizeLocaleList, resolveLocale, supportedLocalesOf, getOptionsObject, getOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kService = 'Intl.DisplayNames';
const kTypes = ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'];
const kDateTimeFields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour',
  'minute', 'second', 'timeZoneName'];
// unicode_language_id: language, script, region, variants (no extensions)
const languageId = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?((?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*)$/i;
const codePatterns = {
  region: /^(?:[a-z]{2}|\d{3})$/i,
  script: /^[a-z]{4}$/i,
  currency: /^[a-z]{3}$/i,
  calendar: /^[a-z\d]{3,8}(?:-[a-z\d]{3,8})*$/i,
};

function invalidCode() {
  return new RangeError('invalid_argument');
}

// The code as the host takes it, or a RangeError as V8 throws for a malformed one.
function checkCode(type, code) {
  if (type === 'language') {
    const match = languageId.exec(code);
    if (!match) throw invalidCode();
    const variants = match[1].toLowerCase().split('-').slice(1);
    if (new Set(variants).size !== variants.length) throw invalidCode();
    const canonical = host.intlCanonicalizeLocale(code);
    if (canonical == null) throw invalidCode();
    return canonical;
  }
  if (type === 'dateTimeField') {
    if (!kDateTimeFields.includes(code)) throw invalidCode();
    return code;
  }
  if (!codePatterns[type].test(code)) throw invalidCode();
  return code;
}

class DisplayNames {
  #locale;
  #style;
  #type;
  #fallback;
  #languageDisplay;

  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    if (options === undefined) throw new TypeError('invalid_argument');   // a type is required
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', kService);
    this.#locale = resolveLocale(requested);
    this.#style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', kService);
    const type = getOption(options, 'type', 'string', kTypes, undefined, kService);
    if (type === undefined) throw new TypeError('invalid_argument');
    this.#type = type;
    this.#fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', kService);
    const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect',
      kService);
    if (type === 'language') this.#languageDisplay = languageDisplay;
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#locale in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
    return object;
  }

  resolvedOptions() {
    const names = DisplayNames.#check(this, 'resolvedOptions');
    const resolved = { locale: names.#locale, style: names.#style, type: names.#type, fallback: names.#fallback };
    if (names.#languageDisplay !== undefined) resolved.languageDisplay = names.#languageDisplay;
    return resolved;
  }

  of(code) {
    const names = DisplayNames.#check(this, 'of');
    const checked = checkCode(names.#type, String(code));
    const name = host.intlDisplayName(names.#locale, names.#type, names.#style, names.#fallback === 'code',
      names.#languageDisplay !== 'standard', checked);
    return name ?? undefined;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(DisplayNames.prototype, Symbol.toStringTag, { value: 'Intl.DisplayNames', configurable: true });

module.exports = { DisplayNames: intlConstructor(DisplayNames) };
