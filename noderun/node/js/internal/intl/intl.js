'use strict';
// The `Intl` namespace object. Each constructor's module loads on first use of its property, so
// that using one (string-width's Segmenter) does not load the others. A constructor is listed here
// only once it works.

const { canonicalizeLocaleList } = require('internal/intl/locales');

const Intl = {};
Object.defineProperty(Intl, 'getCanonicalLocales', {
  value: function getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
  writable: true, configurable: true,
});

// Intl.supportedValuesOf: what ICU supports for a key (units: ECMA-402's sanctioned ones), sorted.
const kSupportedKeys = ['calendar', 'collation', 'currency', 'numberingSystem', 'timeZone', 'unit'];
Object.defineProperty(Intl, 'supportedValuesOf', {
  value: function supportedValuesOf(key) {
    key = `${key}`;   // ToString: a Symbol throws
    if (!kSupportedKeys.includes(key)) throw new RangeError(`Invalid key : ${key}`);
    if (key === 'unit') return [...require('internal/intl/number_format').sanctionedUnits].sort();
    return host.intlSupportedValues(key);
  },
  writable: true, configurable: true,
});

const constructors = [
  ['DateTimeFormat', 'internal/intl/date_time_format'],
  ['NumberFormat', 'internal/intl/number_format'],
  ['Collator', 'internal/intl/collator'],
  ['PluralRules', 'internal/intl/plural_rules'],
  ['RelativeTimeFormat', 'internal/intl/relative_time_format'],
  ['ListFormat', 'internal/intl/list_format'],
  ['Locale', 'internal/intl/locale'],
  ['DisplayNames', 'internal/intl/display_names'],
  ['Segmenter', 'internal/intl/segmenter'],
  ['DurationFormat', 'internal/intl/duration_format'],
];
for (const [name, id] of constructors) {
  Object.defineProperty(Intl, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = require(id)[name];
      Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
    },
  });
}
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = { Intl };
