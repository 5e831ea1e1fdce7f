// Intl.ListFormat over the most used locales: conjunction, disjunction, unit in each style,
// format and formatToParts, resolvedOptions; V8's errors.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG'];
const lists = [[], ['one'], ['one', 'two'], ['one', 'two', 'three'], ['1', '2', '3', '4']];
for (const locale of locales) {
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    for (const style of ['long', 'short', 'narrow']) {
      const format = new Intl.ListFormat(locale, { type, style });
      console.log(locale, type, style, JSON.stringify(lists.map((list) => format.format(list))));
    }
  }
  const format = new Intl.ListFormat(locale);
  console.log(JSON.stringify(format.formatToParts(['Ana', 'Bo', 'Cy'])), JSON.stringify(format.resolvedOptions()));
}
const format = new Intl.ListFormat('en');
console.log(format.format(new Set(['x', 'y'])), format.format('abc'), format.format(), Intl.ListFormat.length,
  Object.getOwnPropertyNames(Intl.ListFormat.prototype), String(format), Intl.ListFormat.supportedLocalesOf(['xx', 'fr']));
const bad = [
  () => format.format(['a', 1]),
  () => format.format(null),
  () => format.format(5),
  () => new Intl.ListFormat('en', { type: 'x' }),
  () => new Intl.ListFormat('en', { style: 'x' }),
  () => new Intl.ListFormat('en', 5),
  () => new Intl.ListFormat('en_US'),
  () => Intl.ListFormat('en'),
  () => Intl.ListFormat.prototype.format.call({}, []),
];
for (const f of bad) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
