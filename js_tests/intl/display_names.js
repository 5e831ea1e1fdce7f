'use strict';
// Intl.DisplayNames: every type, style and fallback over the usual locales, as node 24.12.0 (ICU 77.1).
const show = require('./helpers/show');

const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR',
  'ar-EG', 'tr-TR'];
const codes = {
  language: ['en', 'en-US', 'en-GB', 'zh-Hant', 'zh-Hans-CN', 'fr-CA', 'de-AT', 'es-419', 'sr-Latn', 'nl-BE', 'xx',
    'EN-us', 'und', 'tlh', 'ar-001', 'pt-BR', 'ro-MD', 'zh-TW', 'iw', 'sh', 'de-DE-1901', 'root', 'en-u-ca-buddhist',
    'i-klingon', 'en-x-foo', 'x', 'en_US', 'de-1901-1901'],
  region: ['US', 'us', '419', 'XX', 'ZZ', 'DE', 'CN', 'HK', 'EG', '001', 'abc', '1', 'USA', ''],
  script: ['Latn', 'latn', 'Arab', 'Hans', 'Hant', 'Zzzz', 'Abcd', 'Cyrl', 'Jpan', 'Kore', 'Lat', 'Latin'],
  currency: ['USD', 'usd', 'EUR', 'JPY', 'XXX', 'ABC', 'CNY', 'BRL', 'KRW', 'TRY', 'EGP', 'RUB', 'US', 'USDX'],
  calendar: ['gregory', 'buddhist', 'islamic-civil', 'japanese', 'roc', 'ethioaa', 'chinese', 'dangi', 'hebrew',
    'persian', 'islamicc', 'abc', 'gregorian', 'ab'],
  dateTimeField: ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute',
    'second', 'timeZoneName', 'week', 'Year'],
};
for (const locale of locales) {
  for (const [type, list] of Object.entries(codes)) {
    for (const style of ['long', 'short', 'narrow']) {
      const names = new Intl.DisplayNames(locale, { type, style });
      console.log(locale, type, style, list.map((code) => show(() => names.of(code))).join(' '));
    }
  }
  const none = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
  const standard = new Intl.DisplayNames(locale, { type: 'language', languageDisplay: 'standard' });
  console.log(locale, 'none', codes.language.map((code) => show(() => none.of(code))).join(' '));
  console.log(locale, 'standard', codes.language.map((code) => show(() => standard.of(code))).join(' '));
  for (const type of ['region', 'script', 'currency', 'calendar']) {
    const names = new Intl.DisplayNames(locale, { type, fallback: 'none' });
    console.log(locale, type, 'none', codes[type].map((code) => show(() => names.of(code))).join(' '));
  }
}

for (const options of [undefined, {}, { type: 'x' }, { type: 'region', style: 'x' }, { type: 'region', fallback: 'x' },
  { type: 'language', languageDisplay: 'x' }, null, 5, { type: 'region', localeMatcher: 'x' }]) {
  console.log(JSON.stringify(options), show(() => new Intl.DisplayNames('en', options)));
}
console.log(show(() => Intl.DisplayNames('en', { type: 'region' })));
console.log(show(() => new Intl.DisplayNames('xx-YY', { type: 'region' }).resolvedOptions()));
for (const type of ['language', 'currency', 'dateTimeField']) {
  console.log(show(() => new Intl.DisplayNames(['de-AT', 'en'], { type, style: 'short', fallback: 'none' })
    .resolvedOptions()));
}
console.log(show(() => new Intl.DisplayNames('en', { type: 'region' }).of()));
console.log(show(() => new Intl.DisplayNames('en', { type: 'region' }).of({ toString: () => 'FR' })));

const read = [];
const options = new Proxy({ type: 'language' }, { get(target, key) { read.push(key); return target[key]; } });
new Intl.DisplayNames('en', options);
console.log(read.join(' '));

console.log(Object.getOwnPropertyNames(Intl.DisplayNames.prototype).join(' '), Intl.DisplayNames.length,
  Object.prototype.toString.call(new Intl.DisplayNames('en', { type: 'region' })));
console.log(Intl.DisplayNames.supportedLocalesOf(['en', 'xx', 'de-DE', 'zh-Hant-TW']));
console.log(show(() => Intl.DisplayNames.prototype.of.call({}, 'US')));
console.log(show(() => Intl.DisplayNames.prototype.resolvedOptions.call(new Intl.Locale('en'))));
