'use strict';
// Intl.Collator and String.prototype.localeCompare on ICU's collator, made once per (locale,
// options) on the host; each comparison is one host call.

const {
  canonicalizeLocaleList, resolveLocaleWithKeys, withKeywords, supportedLocalesOf, toOptionsObject, getOption,
  getTypeOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kService = 'Intl.Collator';

class Collator {
  #resolved;
  #id;
  #boundCompare;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    if (options === null) throw new TypeError('Intl.Collator called on null or undefined');
    options = toOptionsObject(options);
    const usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort', kService);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', kService);
    const collation = getTypeOption(options, 'collation', kService);
    let numeric = getOption(options, 'numeric', 'boolean', undefined, undefined, kService);
    let caseFirst = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, kService);
    const [locale, keywords] = resolveLocaleWithKeys(requested, ['co', 'kf', 'kn'], 'collation');
    // V8 keeps the tag's kn and kf in the locale whatever the options say; the options win
    const kept = { __proto__: null };
    if (keywords.kn !== undefined && ['', 'true', 'false'].includes(keywords.kn)) {
      kept.kn = keywords.kn === 'true' ? '' : keywords.kn;
      numeric ??= keywords.kn !== 'false';
    }
    if (keywords.kf !== undefined && ['upper', 'lower', 'false'].includes(keywords.kf)) {
      kept.kf = keywords.kf;
      caseFirst ??= keywords.kf;
    }
    // the collation, as V8 settles it: an option the locale has and that is not its default is used
    // and named in the locale; an option it lacks drops the tag's too; else the tag's (if the
    // locale has it) stays in the locale, and is used unless it is the default or an option is given
    const support = (name) => {
      if (name === undefined || ['standard', 'search'].includes(name)) return undefined;
      const [supported, isDefault] = host.intlCollationSupport(locale, name);
      return supported ? { isDefault } : undefined;
    };
    let co;
    const optionCollation = collation?.toLowerCase();
    if (usage === 'sort') {
      const option = support(optionCollation);
      const tag = support(keywords.co);
      if (option !== undefined && !option.isDefault) {
        co = kept.co = optionCollation;
      } else if (tag !== undefined && (optionCollation === undefined || option !== undefined)) {
        kept.co = keywords.co;
        if (optionCollation === undefined && !tag.isDefault) co = keywords.co;
      }
    }
    let sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], undefined, kService);
    sensitivity ??= 'variant';
    const ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, undefined, kService);
    let icuLocale = locale;
    if (usage === 'search') icuLocale += '-u-co-search';
    else if (co !== undefined) icuLocale += `-u-co-${co}`;
    const [id, shifted] = host.intlCollator(icuLocale, sensitivity, ignorePunctuation ?? null, numeric ?? false,
      caseFirst ?? 'false');
    this.#id = id;
    this.#resolved = {
      locale: withKeywords(locale, kept),
      usage,
      sensitivity,
      ignorePunctuation: shifted,
      collation: co ?? 'default',
      numeric: numeric ?? false,
      caseFirst: caseFirst ?? 'false',
    };
  }

  static compareWith(collator, left, right) {
    return host.intlCompare(collator.#id, String(left), String(right));
  }

  resolvedOptions() {
    if (typeof this !== 'object' || this === null || !(#id in this)) {
      throw incompatibleReceiver(`${kService}.prototype.resolvedOptions`, this);
    }
    return { ...this.#resolved };
  }

  get compare() {
    if (typeof this !== 'object' || this === null || !(#id in this)) {
      throw incompatibleReceiver(`get ${kService}.prototype.compare`, this);
    }
    if (this.#boundCompare === undefined) {
      const id = this.#id;
      const compare = (x, y) => host.intlCompare(id, String(x), String(y));
      Object.defineProperty(compare, 'name', { value: '' });
      this.#boundCompare = compare;
    }
    return this.#boundCompare;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, kService);
  }
}
Object.defineProperty(Collator.prototype, Symbol.toStringTag, { value: 'Intl.Collator', configurable: true });
const compareWith = Collator.compareWith;
delete Collator.compareWith;

// String.prototype.localeCompare: the collator of no locales and no options is made once.
let defaultCollator;
function localeCompare(text, that, locales, options) {
  if (locales === undefined && options === undefined) {
    defaultCollator ??= new Collator();
    return compareWith(defaultCollator, text, that);
  }
  return compareWith(new Collator(locales, options), text, that);
}

module.exports = { Collator: intlConstructor(Collator, { callable: true }), localeCompare };
