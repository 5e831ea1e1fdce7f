// Intl.RelativeTimeFormat over the most used locales: every unit (and plurals), numeric always and
// auto (yesterday, now, last quarter), styles, formatToParts, resolvedOptions; V8's errors.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG'];
const values = [-2, -1, -0, 0, 1, 2, 3, -1234.5, 0.5, 1.001, 21];
for (const locale of locales) {
  for (const options of [{}, { numeric: 'auto' }, { style: 'short' }, { style: 'narrow', numeric: 'auto' }]) {
    const format = new Intl.RelativeTimeFormat(locale, options);
    for (const unit of ['second', 'minutes', 'hour', 'day', 'weeks', 'month', 'quarter', 'year']) {
      console.log(locale, JSON.stringify(options), unit, JSON.stringify(values.map((v) => format.format(v, unit))));
    }
  }
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  console.log(JSON.stringify(format.formatToParts(-1234.5, 'days')), JSON.stringify(format.formatToParts(-1, 'day')),
    JSON.stringify(format.resolvedOptions()));
}
console.log(new Intl.RelativeTimeFormat('en-u-nu-arab').format(3, 'day'), new Intl.RelativeTimeFormat('en', { numberingSystem: 'thai' }).resolvedOptions(),
  Intl.RelativeTimeFormat.length, Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype), String(new Intl.RelativeTimeFormat()),
  Intl.RelativeTimeFormat.supportedLocalesOf(['xx', 'de']));
const format = new Intl.RelativeTimeFormat('en');
const bad = [
  () => format.format(1, 'x'), () => format.format(NaN, 'day'), () => format.format(1), () => format.format(Infinity, 'day'),
  () => format.format(1n, 'day'), () => format.formatToParts(1, 'decades'), () => new Intl.RelativeTimeFormat('en', { style: 'x' }),
  () => new Intl.RelativeTimeFormat('en', { numeric: 'x' }), () => new Intl.RelativeTimeFormat('en', 5), () => Intl.RelativeTimeFormat(),
  () => Intl.RelativeTimeFormat.prototype.format.call({}, 1, 'day'),
];
for (const f of bad) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
