// Intl.Segmenter over the most used locales: graphemes, words (isWordLike), sentences,
// containing() and iteration, resolvedOptions, and V8's errors for bad locales and options.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG'];
const texts = {
  'en-US': "Hello, world! It's 3.14 o'clock. Mr. Smith left.",
  'en-GB': 'Colour me impressed. Really?',
  'de-DE': 'Grüße aus München! Wie geht’s?',
  'fr-FR': "L'été arrive. C'est très bien !",
  'es-ES': '¿Qué tal? ¡Muy bien!',
  'it-IT': "Un po' di caffè, per favore.",
  'pt-BR': 'Olá, tudo bem? Sim.',
  'ru-RU': 'Привет, мир! Как дела?',
  'ja-JP': '今日は良い天気です。明日も晴れ。',
  'zh-CN': '我们今天去北京。你好吗？',
  'ko-KR': '안녕하세요. 반갑습니다!',
  'ar-EG': 'مرحبا بالعالم. كيف حالك؟',
};
for (const locale of locales) {
  const text = texts[locale];
  for (const granularity of ['grapheme', 'word', 'sentence']) {
    const segmenter = new Intl.Segmenter(locale, { granularity });
    const parts = [...segmenter.segment(text)].map((s) => granularity === 'word' ? `${s.index}:${s.segment}:${s.isWordLike}` : `${s.index}:${s.segment}`);
    console.log(locale, granularity, JSON.stringify(segmenter.resolvedOptions()), parts.join('|'));
  }
}

const emoji = 'e\u0301👨‍👩‍👧🇫🇷x\r\n👍🏽';
console.log([...new Intl.Segmenter().segment(emoji)].map((s) => s.segment));
const words = new Intl.Segmenter('en', { granularity: 'word' }).segment('Hi, you 👍🏽.');
for (const i of [-1, 0, 1, 2, 3, 8, 9, 12, 13, 1.7, '4', NaN]) console.log(i, words.containing(i));
console.log(words.containing());
console.log(Object.prototype.toString.call(words[Symbol.iterator]()), Object.getPrototypeOf(words));
console.log([...new Intl.Segmenter().segment('')], new Intl.Segmenter().segment(42).containing(1));
const iterator = words[Symbol.iterator]();
console.log(iterator.next(), typeof iterator[Symbol.iterator], iterator[Symbol.iterator]() === iterator);

console.log(Intl.Segmenter.name, Intl.Segmenter.length, Object.getOwnPropertyNames(Intl.Segmenter.prototype),
  Intl.Segmenter.prototype[Symbol.toStringTag], String(new Intl.Segmenter()));
for (const tag of ['en-ZZ', 'de-AT-x-foo', 'EN-us', 'de-DE-u-nu-arab', 'sr-latn-rs', 'zh-TW', 'xx', ['xx', 'fr']]) {
  console.log(tag, new Intl.Segmenter(tag).resolvedOptions().locale);
}
console.log(Intl.Segmenter.supportedLocalesOf(['en-ZZ', 'xx', 'de', 'ja-JP']));
const bad = [
  () => new Intl.Segmenter('en_US'),
  () => new Intl.Segmenter(''),
  () => new Intl.Segmenter('i-klingon'),
  () => new Intl.Segmenter('de-1996-1996'),
  () => new Intl.Segmenter([5]),
  () => new Intl.Segmenter(null),
  () => new Intl.Segmenter('en', { granularity: 'x' }),
  () => new Intl.Segmenter('en', { localeMatcher: 'x' }),
  () => new Intl.Segmenter('en', 5),
  () => Intl.Segmenter('en'),
  () => Intl.Segmenter.supportedLocalesOf('en', { localeMatcher: 'bad' }),
];
for (const f of bad) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
