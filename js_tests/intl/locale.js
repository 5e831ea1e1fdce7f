'use strict';
// Intl.Locale over the usual locales, options and V8's errors, as node 24.12.0 (ICU 77.1).
const show = require('./helpers/show');

const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR',
  'ar-EG', 'tr-TR', 'he', 'fa-IR', 'hi-IN', 'zh-Hant', 'und', 'sr-Latn', 'th-TH', 'en', 'de-CH', 'es-419'];
for (const tag of locales) {
  const l = new Intl.Locale(tag);
  console.log(tag, String(l), l.baseName, l.language, l.script, l.region, String(l.maximize()), String(l.minimize()));
  console.log('  ', show(() => [l.getCalendars(), l.getCollations(), l.getHourCycles(), l.getNumberingSystems(),
    l.getTimeZones(), l.getTextInfo(), l.getWeekInfo()]));
  console.log('  ', show(() => [l.calendars, l.collations, l.hourCycles, l.numberingSystems, l.timeZones, l.textInfo,
    l.weekInfo]));
}

const cases = [
  ['en', { numeric: true }], ['en', { numeric: false }], ['en', { numeric: 0 }], ['en-u-kn-true'], ['en-u-kn-false'],
  ['en-u-kn'], ['de', { collation: 'phonebk', caseFirst: 'false' }], ['en', { caseFirst: 'upper' }],
  ['en', { firstDayOfWeek: '1' }], ['en', { firstDayOfWeek: 'tue' }], ['en', { firstDayOfWeek: 0 }],
  ['en', { firstDayOfWeek: '7' }], ['en', { firstDayOfWeek: 'xx' }], ['en', { firstDayOfWeek: 'funday' }],
  ['en', { language: 'fr', script: 'Cyrl', region: '419' }], ['en-Latn-US', { script: 'Cyrl' }],
  ['zh-TW', { language: 'yue' }], ['en-US-u-ca-gregory', { region: 'GB', calendar: 'buddhist' }],
  ['EN-latn-us'], ['en-u-ca-gregorian'], ['en-u-ca-islamicc'], ['ja-JP-u-ca-japanese-hc-h23'],
  ['en', { calendar: 'islamic-civil' }], ['und-u-nu-arab'], ['iw'], ['mo'], ['sh'], ['cmn'], ['zh-cmn'],
  ['art-lojban'], ['en-a-foo-x-bar'], ['en-US-u-co-stroke', { collation: 'phonebk' }], ['en', { hourCycle: 'h24' }],
  ['en-u-hc-h12', { hourCycle: 'h11' }], ['en', { calendar: 'gregory', numberingSystem: 'thai' }],
  ['en', { numberingSystem: 'a' }], ['en', { collation: 'ab_cd' }], ['en-u-fw-sun'], ['en-x-private'], ['x-foo'],
  ['en-US-POSIX'], ['en-u-ca-ethioaa'], ['de-u-co-phonebk-ks-level1'], ['en-BU'], ['und-Qaai'],
  ['en', { hourCycle: 'h1' }], ['en', { caseFirst: 'x' }], ['en', { region: 'x' }], ['en', { language: 'x' }],
  ['en', { script: 'x' }], ['en', { calendar: 'a' }], ['en', null], ['en', 5], ['en-a-x'], ['zh-min-nan'],
];
for (const [tag, options] of cases) {
  console.log(tag, JSON.stringify(options), show(() => {
    const l = new Intl.Locale(tag, options);
    return [String(l), l.baseName, l.language, l.script, l.region, l.calendar, l.collation, l.caseFirst, l.numeric,
      l.hourCycle, l.numberingSystem, l.firstDayOfWeek, l.getWeekInfo(), l.getCalendars(), l.getHourCycles(),
      l.getNumberingSystems(), l.getCollations()];
  }));
}

for (const tag of [undefined, 5, '', 'x', true, null]) console.log(show(() => new Intl.Locale(tag)));
console.log(show(() => Intl.Locale('en')));
console.log(String(new Intl.Locale(new Intl.Locale('de-DE'), { region: 'AT' })));
console.log(new Intl.NumberFormat(new Intl.Locale('de-DE')).resolvedOptions().locale);
console.log(Intl.getCanonicalLocales([new Intl.Locale('EN-us'), 'fr']));

// options are read in V8's order
const read = [];
const options = new Proxy({}, { get(target, key) { read.push(key); return undefined; } });
new Intl.Locale('en', options);
console.log(read.join(' '));

console.log(Object.getOwnPropertyNames(Intl.Locale.prototype).join(' '));
console.log(Object.prototype.toString.call(new Intl.Locale('en')), Intl.Locale.length, Intl.Locale.name,
  typeof Intl.Locale.supportedLocalesOf);
console.log(new Intl.Locale('en-US'));
for (const key of ['baseName', 'calendar', 'timeZones']) {
  console.log(show(() => Object.getOwnPropertyDescriptor(Intl.Locale.prototype, key).get.call({})));
}
console.log(show(() => Intl.Locale.prototype.maximize.call({})));
console.log(show(() => Intl.Locale.prototype.toString.call('en')));
