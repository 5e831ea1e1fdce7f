'use strict';
// Locale lists and option reading shared by every Intl constructor (ECMA-402's abstract operations
// CanonicalizeLocaleList, ResolveLocale, GetOption), with V8's error messages. ICU does the
// canonicalization and knows which locales have data (host_intl.py).

// unicode_locale_id's structure as V8 checks it before ICU sees the tag: a language of 2-3 or 5-8
// letters, optional script, region, variants, extensions, private use; ICU rejects the rest.
const languageTag = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

function incorrectLocale() {
  return new RangeError('Incorrect locale information provided');
}

function invalidTag(tag) {
  return new RangeError(`Invalid language tag: ${tag.toLowerCase()}`);
}

// The subtags of the unicode_language_id a tag starts with: up to its first singleton or empty subtag.
function languageId(tag) {
  const subtags = tag.split('-');
  const end = subtags.findIndex((subtag) => subtag.length <= 1);
  return end < 0 ? subtags : subtags.slice(0, end);
}

// V8 says "Incorrect locale information" when that language id is malformed, "Invalid language tag"
// when only what follows it is.
const languageIdPattern = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
function startsWithLanguageId(tag) {
  return languageIdPattern.test(languageId(tag).join('-'));
}

const canonicalCache = new Map();

function canonicalizeTag(tag) {
  let canonical = canonicalCache.get(tag);
  if (canonical !== undefined) return canonical;
  if (!languageTag.test(tag)) throw startsWithLanguageId(tag) ? invalidTag(tag) : incorrectLocale();
  const variants = languageId(tag).slice(1).filter((part) => /^(?:[a-z\d]{5,8}|\d[a-z\d]{3})$/i.test(part));
  if (new Set(variants.map((v) => v.toLowerCase())).size !== variants.length) throw invalidTag(tag);
  canonical = host.intlCanonicalizeLocale(tag);
  if (canonical == null) throw invalidTag(tag);
  canonicalCache.set(tag, canonical);
  return canonical;
}

// The tag of each Intl.Locale (its [[Locale]] slot), which locale lists take as it is.
const localeTags = new WeakMap();

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  if (typeof locales === 'string') return [canonicalizeTag(locales)];
  if (localeTags.has(locales)) return [localeTags.get(locales)];
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const list = Object(locales);
  const length = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
  const seen = [];
  for (let i = 0; i < length; i++) {
    if (!(i in list)) continue;
    const value = list[i];
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = localeTags.get(value) ?? canonicalizeTag(String(value));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

// The tag without its Unicode (-u-) and private-use (-x-) extensions, which no data lookup uses.
function baseTag(tag) {
  return tag.replace(/-x-.*$/, '').replace(/-u(?:-[a-z\d]{2,8})+/, '');
}

let defaultLocale;
function getDefaultLocale() {
  // ICU's default locale as is (V8 does not look it up): an empty LANG makes it 'und', the root.
  defaultLocale ??= baseTag(canonicalizeDefault(host.osDefaultLocale()));
  return defaultLocale;
}

function canonicalizeDefault(tag) {
  try {
    return canonicalizeTag(tag);
  } catch {
    return 'en-US';
  }
}

// The locale a constructor uses: the first requested one ICU has data for (or a prefix of it),
// else the default locale. `service` 'plurals': the locales plural rules are kept for.
function resolveLocale(requested, service = undefined) {
  for (const tag of requested) {
    const found = host.intlLookupLocale(baseTag(tag), service);
    if (found != null) return found;
  }
  return getDefaultLocale();
}

// ResolveLocale with the Unicode extension keys a constructor uses (nu for numbers; ca, hc, nu for
// dates): [the locale without them, { key: value } of those the chosen tag carried].
function resolveLocaleWithKeys(requested, relevantKeys, service = undefined) {
  for (const tag of requested) {
    const found = host.intlLookupLocale(baseTag(tag), service);
    if (found == null) continue;
    const keywords = { __proto__: null };
    const extension = /-u((?:-[a-z\d]{2,8})+)/i.exec(tag.replace(/-x-.*$/, ''));
    if (extension) {
      let key;
      for (const subtag of extension[1].slice(1).split('-')) {
        if (subtag.length === 2) {
          key = subtag;
          keywords[key] = '';
        } else if (key !== undefined) {
          keywords[key] = keywords[key] ? `${keywords[key]}-${subtag}` : subtag;
        }
      }
    }
    const kept = { __proto__: null };
    for (const key of relevantKeys) if (keywords[key] !== undefined) kept[key] = keywords[key];
    return [found, kept];
  }
  return [getDefaultLocale(), { __proto__: null }];
}

// The numbering system of a numberingSystem option and the tag's -u-nu-: the option if ICU has it,
// else the tag's (then recorded in `kept`, the keys the reported locale names); undefined for the
// locale's own.
function settleNumberingSystem(option, keywords, kept) {
  let nu = option !== undefined && host.intlIsNumberingSystem(option) ? option : undefined;
  if (keywords.nu !== undefined && host.intlIsNumberingSystem(keywords.nu) && (nu === undefined || nu === keywords.nu)) {
    nu = kept.nu = keywords.nu;
  }
  return nu;
}

// The first steps of the constructors with a numbering system (NumberFormat, RelativeTimeFormat,
// DurationFormat): localeMatcher and numberingSystem read in V8's order, the locale resolved with
// its -u-nu-. { locale (no extensions, what data is looked up by), reportedLocale (what
// resolvedOptions names), nu (the numbering system asked for, if ICU has it), numberingSystem }.
function resolveNumberingLocale(requested, options, service) {
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const option = getTypeOption(options, 'numberingSystem', service);
  const [locale, keywords] = resolveLocaleWithKeys(requested, ['nu']);
  const kept = { __proto__: null };
  const nu = settleNumberingSystem(option, keywords, kept);
  return { locale, reportedLocale: withKeywords(locale, kept), nu, numberingSystem: nu ?? host.intlNumberingSystem(locale) };
}

// The locale resolvedOptions() reports: the base and the extension keys that took effect, in order.
function withKeywords(base, keywords) {
  const keys = Object.keys(keywords).sort();
  return keys.length === 0 ? base :
    `${base}-u-${keys.map((key) => (keywords[key] ? `${key}-${keywords[key]}` : key)).join('-')}`;
}

function supportedLocalesOf(locales, options, service) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    const object = toOptionsObject(options);
    getOption(object, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', `${service}.supportedLocalesOf`);
  }
  return requested.filter((tag) => host.intlLookupLocale(baseTag(tag)) != null);
}

function toOptionsObject(options) {
  if (options === undefined) return { __proto__: null };
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

// GetOptionsObject of the newer constructors (Segmenter, ListFormat, ...): an object or undefined.
function getOptionsObject(options) {
  if (options === undefined) return { __proto__: null };
  if (typeof options === 'object' && options !== null) return options;
  if (typeof options === 'function') return options;
  throw new TypeError('invalid_argument');
}

function getOption(options, property, type, values, fallback, service) {
  let value = options[property];
  if (value === undefined) return fallback;
  if (type === 'boolean') return Boolean(value);
  value = String(value);
  if (values !== undefined && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${service} options property ${property}`);
  }
  return value;
}

// An option naming a Unicode extension type (calendar, numberingSystem): 3-8 alphanumerics per part.
function getTypeOption(options, property, service) {
  const value = getOption(options, property, 'string', undefined, undefined, service);
  if (value !== undefined && !/^[a-z\d]{3,8}(?:-[a-z\d]{3,8})*$/i.test(value)) {
    throw new RangeError(`Invalid ${property} : ${value}`);
  }
  return value;
}

// GetNumberOption / DefaultNumberOption: an integer in [min, max] or the fallback.
function getNumberOption(options, property, min, max, fallback) {
  const value = options[property];
  return defaultNumberOption(value, min, max, fallback, property);
}

function defaultNumberOption(value, min, max, fallback, property) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (Number.isNaN(number) || number < min || number > max) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return Math.floor(number);
}

module.exports = {
  localeTags,
  canonicalizeLocaleList,
  resolveLocale,
  resolveLocaleWithKeys,
  resolveNumberingLocale,
  withKeywords,
  settleNumberingSystem,
  supportedLocalesOf,
  getDefaultLocale,
  toOptionsObject,
  getOptionsObject,
  getOption,
  getTypeOption,
  getNumberOption,
  defaultNumberOption,
};
