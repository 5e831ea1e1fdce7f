// Intl.Collator and localeCompare over the most used locales: sort orders, sensitivity, numeric,
// caseFirst, ignorePunctuation, usage search, -u-co/kn/kf extensions, resolvedOptions; V8's errors.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG', 'sv-SE', 'tr-TR'];
const words = ['zebra', 'Äpfel', 'apple', 'Apple', 'äpfel', 'ánimo', 'animo', 'ñu', 'nube', 'Zürich', 'zz', 'item10', 'item2',
  'co-op', 'coop', 'résumé', 'resume', 'öl', 'ol', 'ıi', 'Ii', 'чай', 'яблоко', '東京', '北京', '서울', 'مرحبا', '', 'a b', 'ab'];
const options = [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { numeric: true },
  { caseFirst: 'upper' }, { caseFirst: 'lower' }, { ignorePunctuation: true }, { usage: 'search', sensitivity: 'base' }];
for (const locale of locales) {
  for (const option of options) {
    const collator = new Intl.Collator(locale, option);
    console.log(locale, JSON.stringify(option), [...words].sort(collator.compare).join(','),
      [['a', 'A'], ['a', 'á'], ['resume', 'résumé'], ['item2', 'item10'], ['co-op', 'coop']].map(([x, y]) => collator.compare(x, y)).join(' '));
  }
  console.log(JSON.stringify(new Intl.Collator(locale).resolvedOptions()));
  console.log('a'.localeCompare('b', locale), 'ä'.localeCompare('z', locale), 'ä'.localeCompare('a', locale, { sensitivity: 'base' }));
}
for (const tag of ['de-u-co-phonebk', 'de-u-co-phonebk-kn', 'en-u-kn-true', 'en-u-kn-false', 'en-u-kf-upper', 'en-u-co-search', 'zh-u-co-pinyin',
  'zh-u-co-stroke', 'es-u-co-trad', 'th', 'en-u-co-bogus']) {
  const collator = new Intl.Collator(tag);
  console.log(tag, JSON.stringify(collator.resolvedOptions()), ['Müller', 'Mueller', 'Muller', 'a10', 'a9', 'b', 'B', '北京', '上海', 'chico', 'cuna', 'llama', 'luz'].sort(collator.compare).join(','));
}
console.log(new Intl.Collator('de-u-kn', { numeric: false }).resolvedOptions().locale, new Intl.Collator('en', { collation: 'phonebk' }).resolvedOptions().collation,
  new Intl.Collator('de', { collation: 'phonebk' }).resolvedOptions());
console.log('a'.localeCompare('B'), 'a'.localeCompare('a'), 'b'.localeCompare('a'), 'a'.localeCompare(), String.prototype.localeCompare.length,
  ['b', 'a', 'C'].sort((x, y) => x.localeCompare(y)));
const c = new Intl.Collator();
console.log(c.compare.length, c.compare.name, c.compare === c.compare, Intl.Collator('en') instanceof Intl.Collator, Intl.Collator.length,
  Object.getOwnPropertyNames(Intl.Collator.prototype), String(c), Intl.Collator.supportedLocalesOf(['xx', 'de']));
const bad = [
  () => new Intl.Collator('en', { sensitivity: 'x' }),
  () => new Intl.Collator('en', { usage: 'x' }),
  () => new Intl.Collator('en', { caseFirst: 'x' }),
  () => new Intl.Collator('en', { collation: 'x' }),
  () => new Intl.Collator('en', null),
  () => 'a'.localeCompare('b', 'en_US'),
  () => String.prototype.localeCompare.call(null, 'a'),
  () => Intl.Collator.prototype.compare,
  () => Intl.Collator.prototype.resolvedOptions.call({}),
];
for (const f of bad) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
