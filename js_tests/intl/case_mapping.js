// toLocaleUpperCase / toLocaleLowerCase with locales: Turkish and Azeri dotted/dotless i, Lithuanian
// dots, Greek accents; only the first requested locale counts; other locales map as Unicode does.
const samples = ['istanbul I ı İ', 'ISTANBUL İ I', 'i̇ Iİ J̀ Į̃', 'Ι Ί ΐ ά όσος ΌΣΟΣ', 'ﬁ ß ŉ ǰ', 'Straße ÇĞÖŞÜ çğöşü'];
const locales = ['tr-TR', 'tr', 'az', 'lt', 'el', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG',
  undefined, ['tr', 'en'], ['xx', 'tr'], []];
for (const locale of locales) {
  console.log(JSON.stringify(locale), samples.map((s) => `${s.toLocaleUpperCase(locale)} / ${s.toLocaleLowerCase(locale)}`).join(' | '));
}
console.log(String.prototype.toLocaleUpperCase.length, String.prototype.toLocaleLowerCase.name, 'abc'.toLocaleUpperCase.call(12, 'tr'));
for (const f of [() => String.prototype.toLocaleUpperCase.call(null), () => String.prototype.toLocaleLowerCase.call(undefined, 'tr'),
  () => 'a'.toLocaleUpperCase('en_US'), () => 'a'.toLocaleLowerCase([1])]) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
