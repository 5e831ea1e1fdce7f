'use strict';
// Intl.RelativeTimeFormat on ICU's RelativeDateTimeFormatter (one per locale and style on the
// host); numeric 'auto' uses ICU's words (yesterday, now) where the locale has them.

const {
  canonicalizeLocaleList, resolveNumberingLocale, supportedLocalesOf, toOptionsObject, getOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');
const { toParts } = require('internal/intl/number_format');

const kService = 'Intl.RelativeTimeFormat';
const kUnits = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

// SingularRelativeTimeUnit: a unit or its plural.
function singularUnit(unit, method) {
  const name = String(unit);
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  if (!kUnits.includes(singular)) throw new RangeError(`Invalid unit argument for ${kService}.prototype.${method}() '${name}'`);
  return singular;
}

class RelativeTimeFormat {
  #resolved;
  #icuLocale;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    options = toOptionsObject(options);
    const { locale, reportedLocale, nu, numberingSystem } = resolveNumberingLocale(requested, options, kService);
    const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', kService);
    const numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always', kService);
    this.#icuLocale = nu === undefined ? locale : `${locale}-u-nu-${nu}`;
    this.#resolved = { locale: reportedLocale, style, numeric, numberingSystem };
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#resolved in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
  }

  #format(value, unit, toPartsWanted, method) {
    if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    const number = Number(value);
    const singular = singularUnit(unit, method);
    if (!Number.isFinite(number)) throw new RangeError(`Value need to be finite number for ${kService}.prototype.${method}()`);
    const { style, numeric } = this.#resolved;
    return host.intlFormatRelative(this.#icuLocale, style, numeric === 'auto', number, Object.is(number, -0), singular,
      toPartsWanted);
  }

  resolvedOptions() {
    RelativeTimeFormat.#check(this, 'resolvedOptions');
    return { ...this.#resolved };
  }

  format(value, unit) {
    RelativeTimeFormat.#check(this, 'format');
    return this.#format(value, unit, false, 'format');
  }

  formatToParts(value, unit) {
    RelativeTimeFormat.#check(this, 'formatToParts');
    const result = this.#format(value, unit, true, 'formatToParts');
    if (result.length === 1) return [{ type: 'literal', value: result[0] }];
    const singular = singularUnit(unit, 'formatToParts');
    return toParts(result[0], result[1], Number(value), false)
      .map((part) => (part.type === 'literal' ? part : { ...part, unit: singular }));
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(RelativeTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.RelativeTimeFormat', configurable: true });

module.exports = { RelativeTimeFormat: intlConstructor(RelativeTimeFormat) };
