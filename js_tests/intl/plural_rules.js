// Intl.PluralRules over the most used locales: cardinal and ordinal categories, digit options
// (1 vs 1.0), selectRange, resolvedOptions; V8's errors.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG', 'cy', 'pl'];
const numbers = [0, 1, 2, 3, 4, 5, 6, 11, 12, 13, 21, 22, 23, 100, 101, 102, 111, 1000000, 0.5, 1.5, -1, '1.0', 1n];
const ranges = [[0, 1], [1, 2], [1, 1], [2, 5], [1, 21], [5, 1], [0.5, 1.5], [11, 22]];
for (const locale of locales) {
  for (const options of [{}, { type: 'ordinal' }, { minimumFractionDigits: 1 }, { maximumSignificantDigits: 1 }]) {
    let rules;
    try { rules = new Intl.PluralRules(locale, options); } catch (e) { console.log(e.message); continue; }
    const selected = numbers.map((n) => { try { return rules.select(n); } catch (e) { return e.name; } });
    console.log(locale, JSON.stringify(options), selected.join(' '), '|', ranges.map(([a, b]) => rules.selectRange(a, b)).join(' '));
    console.log(JSON.stringify(rules.resolvedOptions()));
  }
}
console.log(new Intl.PluralRules().resolvedOptions(), Intl.PluralRules.length, Object.getOwnPropertyNames(Intl.PluralRules.prototype),
  String(new Intl.PluralRules()), Intl.PluralRules.supportedLocalesOf(['xx', 'ar']));
const bad = [
  () => new Intl.PluralRules('en', { type: 'x' }),
  () => new Intl.PluralRules('en', { minimumFractionDigits: 5, maximumFractionDigits: 2 }),
  () => new Intl.PluralRules('en', null),
  () => new Intl.PluralRules('en_US'),
  () => Intl.PluralRules('en'),
  () => new Intl.PluralRules('en').selectRange(1),
  () => new Intl.PluralRules('en').selectRange(NaN, 1),
  () => new Intl.PluralRules('en').select(1n),
  () => Intl.PluralRules.prototype.select.call({}, 1),
];
for (const f of bad) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
