'use strict';
// Intl.PluralRules: the options are NumberFormat's digit options (the formatted digits decide the
// category: 1 is "one" in English, 1.0 "other"); ICU's plural rules select on the number as an ICU
// skeleton of those options formats it. Ordinal rules go through ICU's selectordinal.

const {
  canonicalizeLocaleList, resolveLocale, supportedLocalesOf, toOptionsObject, getOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');
const { setDigitOptions, precisionStem, icuRoundingModes } = require('internal/intl/number_format');

const kService = 'Intl.PluralRules';
const kResolvedKeys = ['locale', 'type', 'minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits',
  'minimumSignificantDigits', 'maximumSignificantDigits', 'pluralCategories', 'roundingIncrement', 'roundingMode',
  'roundingPriority', 'trailingZeroDisplay'];

// ToNumber, which V8's PluralRules applies (a BigInt is a TypeError).
function toNumber(value) {
  if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  return Number(value);
}

class PluralRules {
  #resolved;
  #skeleton;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    if (options === null) throw new TypeError('Intl.PluralRules called on null or undefined');
    options = toOptionsObject(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', kService);
    const type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', kService);
    const resolved = { locale: resolveLocale(requested, 'plurals'), type };
    setDigitOptions(resolved, options, 0, 3, 'standard');
    const stems = [precisionStem(resolved), `rounding-mode-${icuRoundingModes[resolved.roundingMode]}`];
    if (resolved.minimumIntegerDigits > 1) stems.push(`integer-width/*${'0'.repeat(resolved.minimumIntegerDigits)}`);
    this.#skeleton = stems.join(' ');
    this.#resolved = resolved;
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#resolved in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
  }

  resolvedOptions() {
    PluralRules.#check(this, 'resolvedOptions');
    const resolved = this.#resolved;
    const result = {};
    for (const key of kResolvedKeys) {
      if (key === 'pluralCategories') result[key] = host.intlPluralCategories(resolved.locale, resolved.type === 'ordinal');
      else if (resolved[key] !== undefined) result[key] = resolved[key];
    }
    return result;
  }

  select(value) {
    PluralRules.#check(this, 'select');
    const { locale, type } = this.#resolved;
    return host.intlPluralSelect(locale, type === 'ordinal', this.#skeleton, toNumber(value));
  }

  selectRange(start, end) {
    PluralRules.#check(this, 'selectRange');
    if (start === undefined) throw new TypeError('Invalid startRange : undefined');
    if (end === undefined) throw new TypeError('Invalid endRange : undefined');
    const x = toNumber(start);
    const y = toNumber(end);
    if (Number.isNaN(x)) throw new RangeError('Invalid startRange : NaN');
    if (Number.isNaN(y)) throw new RangeError('Invalid endRange : NaN');
    const { locale, type } = this.#resolved;
    return host.intlPluralSelectRange(locale, type === 'ordinal', this.#skeleton, x, y);
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(PluralRules.prototype, Symbol.toStringTag, { value: 'Intl.PluralRules', configurable: true });

module.exports = { PluralRules: intlConstructor(PluralRules) };
