'use strict';
// Intl.Segmenter: grapheme, word and sentence boundaries from ICU's BreakIterator. A string's
// boundaries are asked of the host once (one call per segment() that is used) and kept; containing()
// and iteration then search them in JS.

const {
  canonicalizeLocaleList, resolveLocale, supportedLocalesOf, getOptionsObject, getOption,
} = require('internal/intl/locales');
const { intlConstructor, incompatibleReceiver } = require('internal/intl/constructor');

const kGranularities = ['grapheme', 'word', 'sentence'];
const kWordLikeStatus = 100;   // ICU's UBRK_WORD_NONE statuses are 0-99; letters, numbers, kana, ideographs above

class Segmenter {
  #locale;
  #granularity;

  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.Segmenter');
    this.#granularity = getOption(options, 'granularity', 'string', kGranularities, 'grapheme', 'Intl.Segmenter');
    this.#locale = resolveLocale(requested);
  }

  static #check(object, method) {
    if (typeof object !== 'object' || object === null || !(#locale in object)) {
      throw incompatibleReceiver(`Intl.Segmenter.prototype.${method}`, object);
    }
  }

  resolvedOptions() {
    Segmenter.#check(this, 'resolvedOptions');
    return { locale: this.#locale, granularity: this.#granularity };
  }

  segment(string) {
    Segmenter.#check(this, 'segment');
    return new Segments(kSegmentsKey, this.#locale, this.#granularity, String(string));
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options, 'Intl.Segmenter');
  }
}
Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, { value: 'Intl.Segmenter', configurable: true });

const kSegmentsKey = Symbol('kSegmentsKey');

class Segments {
  #locale;
  #granularity;
  #string;
  #breaks;   // boundaries after 0; for words each is followed by its segment's rule status

  constructor(key, locale, granularity, string) {
    if (key !== kSegmentsKey) throw new TypeError('Illegal constructor');
    this.#locale = locale;
    this.#granularity = granularity;
    this.#string = string;
  }

  static breaksOf(segments) {
    segments.#breaks ??= segments.#string === '' ? [] :
      host.intlSegmentBreaks(segments.#locale, segments.#granularity, segments.#string);
    return segments.#breaks;
  }

  static dataAt(segments, slot) {
    const breaks = Segments.breaksOf(segments);
    const stride = segments.#granularity === 'word' ? 2 : 1;
    const start = slot === 0 ? 0 : breaks[(slot - 1) * stride];
    const end = breaks[slot * stride];
    const data = { segment: segments.#string.slice(start, end), index: start, input: segments.#string };
    if (stride === 2) data.isWordLike = breaks[slot * 2 + 1] >= kWordLikeStatus;
    return data;
  }

  static slotCount(segments) {
    return Segments.breaksOf(segments).length / (segments.#granularity === 'word' ? 2 : 1);
  }

  containing(index = undefined) {
    let n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= this.#string.length) return undefined;
    const breaks = Segments.breaksOf(this);
    const stride = this.#granularity === 'word' ? 2 : 1;
    let low = 0;
    let high = breaks.length / stride - 1;
    while (low < high) {   // the first segment whose end is past n
      const mid = (low + high) >> 1;
      if (breaks[mid * stride] > n) high = mid;
      else low = mid + 1;
    }
    return Segments.dataAt(this, low);
  }

  [Symbol.iterator]() {
    return new SegmentIterator(kSegmentsKey, this);
  }
}

const SegmentIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class SegmentIterator {
  #segments;
  #slot = 0;

  constructor(key, segments) {
    if (key !== kSegmentsKey) throw new TypeError('Illegal constructor');
    this.#segments = segments;
  }

  next() {
    if (this.#slot >= Segments.slotCount(this.#segments)) return { value: undefined, done: true };
    return { value: Segments.dataAt(this.#segments, this.#slot++), done: false };
  }
}
Object.setPrototypeOf(SegmentIterator.prototype, SegmentIteratorPrototype);
Object.defineProperty(SegmentIterator.prototype, Symbol.toStringTag, {
  value: 'Segmenter String Iterator', configurable: true,
});
delete SegmentIterator.prototype.constructor;
delete Segments.prototype.constructor;

module.exports = { Segmenter: intlConstructor(Segmenter) };
