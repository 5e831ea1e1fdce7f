'use strict';
// Intl.ListFormat on ICU's ListFormatter (one per locale, type and style on the host).

const {
  canonicalizeLocaleList, resolveLocale, supportedLocalesOf, getOptionsObject, getOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kService = 'Intl.ListFormat';

// StringListFromIterable, with V8's messages.
function stringList(iterable) {
  if (iterable === undefined) return [];
  if (iterable === null || typeof iterable[Symbol.iterator] !== 'function') {
    const shown = typeof iterable === 'string' ? `"${iterable}"` : String(iterable);
    throw new TypeError(`${typeof iterable === 'object' ? 'object' : typeof iterable} ${shown} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const list = [];
  for (const item of iterable) {
    if (typeof item !== 'string') throw new TypeError(`Iterable yielded ${String(item)} which is not a string`);
    list.push(item);
  }
  return list;
}

class ListFormat {
  #locale;
  #type;
  #style;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', kService);
    this.#locale = resolveLocale(requested);
    this.#type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', kService);
    this.#style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', kService);
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#locale in object)) {
      throw incompatibleReceiver(`${kService}.prototype.${method}`, object);
    }
  }

  resolvedOptions() {
    ListFormat.#check(this, 'resolvedOptions');
    return { locale: this.#locale, type: this.#type, style: this.#style };
  }

  format(list) {
    ListFormat.#check(this, 'format');
    return host.intlFormatList(this.#locale, this.#type, this.#style, JSON.stringify(stringList(list)), false);
  }

  formatToParts(list) {
    ListFormat.#check(this, 'formatToParts');
    const result = host.intlFormatList(this.#locale, this.#type, this.#style, JSON.stringify(stringList(list)), true);
    const text = result[0];
    const parts = [];
    for (let i = 1; i < result.length; i += 3) {
      parts.push({ type: result[i] ? 'element' : 'literal', value: text.slice(result[i + 1], result[i + 2]) });
    }
    return parts;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(ListFormat.prototype, Symbol.toStringTag, { value: 'Intl.ListFormat', configurable: true });

module.exports = { ListFormat: intlConstructor(ListFormat) };
