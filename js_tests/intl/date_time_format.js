// Intl.DateTimeFormat over the most used locales: components, dateStyle/timeStyle, hour cycles,
// time zones by IANA name and offset, format/formatToParts/formatRange/formatRangeToParts,
// resolvedOptions, Date.prototype.toLocale*String; then V8's errors.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG'];
const date = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const later = new Date(Date.UTC(2024, 2, 5, 17, 45));
const cases = [
  {},
  { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { timeStyle: 'full' }, { timeStyle: 'long' }, { timeStyle: 'medium' }, { timeStyle: 'short' },
  { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'full', timeStyle: 'long', hour12: false },
  { timeStyle: 'short', hourCycle: 'h23' }, { timeStyle: 'medium', hour12: true },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', month: 'short', day: '2-digit' }, { weekday: 'narrow' }, { era: 'short', year: 'numeric' },
  { year: '2-digit', month: '2-digit', day: '2-digit' }, { month: 'narrow' }, { month: 'long' },
  { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
  { hour: 'numeric', hourCycle: 'h11' }, { hour: 'numeric', hourCycle: 'h24' }, { hour: 'numeric', dayPeriod: 'long' },
  { minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
  { hour: 'numeric', timeZoneName: 'short' }, { hour: 'numeric', timeZoneName: 'long' },
  { hour: 'numeric', timeZoneName: 'shortOffset' }, { hour: 'numeric', timeZoneName: 'longGeneric' },
];
const zones = ['UTC', 'America/New_York', 'Asia/Tokyo', '+05:30'];
for (const locale of locales) {
  for (const options of cases) {
    const texts = zones.map((timeZone) => new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date));
    console.log(locale, JSON.stringify(options), JSON.stringify(texts));
  }
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
  console.log(JSON.stringify(f.formatToParts(date)));
  console.log(JSON.stringify([f.formatRange(date, later), f.formatRange(date, new Date(+date + 40 * 864e5)), f.formatRange(date, date)]));
  console.log(JSON.stringify(f.formatRangeToParts(date, later)));
  console.log(JSON.stringify(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' }).resolvedOptions()));
  console.log(JSON.stringify([date.toLocaleString(locale, { timeZone: 'UTC' }), date.toLocaleDateString(locale, { timeZone: 'Asia/Tokyo' }),
    date.toLocaleTimeString(locale, { timeZone: 'America/Los_Angeles' })]));
}
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', weekday: 'short', year: 'numeric', month: 'long',
  day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, timeZoneName: 'short' });
console.log(f.format(date), f.formatToParts(date), f.resolvedOptions());
console.log(new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'long', timeZone: 'Asia/Tokyo' }).resolvedOptions());
for (const timeZone of ['utc', 'Etc/GMT+5', '+0530', '-08', 'europe/paris', 'Etc/UTC', 'GMT']) {
  console.log(timeZone, new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone);
}
const utc = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
// (format() with no date formats now: compared with today's date, not printed, so the .out holds on any day)
console.log(utc.format(0), utc.format() === utc.format(Date.now()), typeof utc.format(), utc.format.name, utc.format.length, utc.format === utc.format,
  Intl.DateTimeFormat('en') instanceof Intl.DateTimeFormat, Intl.DateTimeFormat.length, String(utc),
  Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype).sort(), Intl.DateTimeFormat.supportedLocalesOf(['xx', 'fr-CA']));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString('de'), new Date(0).toLocaleString('en-US', { timeZone: 'UTC' }));
const bad = [
  () => new Date(0).toLocaleDateString('en', { timeStyle: 'short' }),
  () => new Date(0).toLocaleTimeString('en', { dateStyle: 'short' }),
  () => new Intl.DateTimeFormat('en', { dateStyle: 'short', month: 'long' }),
  () => new Intl.DateTimeFormat('en', { timeZone: 'Bogus/X' }),
  () => new Intl.DateTimeFormat('en').format(NaN),
  () => new Intl.DateTimeFormat('en', { calendar: 'x' }),
  () => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }),
  () => new Intl.DateTimeFormat('en', { hourCycle: 'h25' }),
  () => new Intl.DateTimeFormat('en', { month: 'longer' }),
  () => new Intl.DateTimeFormat('en', { dateStyle: 'huge' }),
  () => new Intl.DateTimeFormat('en').formatRange(0),
  () => new Intl.DateTimeFormat('en').formatRange(0, NaN),
  () => new Intl.DateTimeFormat('en', null),
  () => new Intl.DateTimeFormat('en_US'),
  () => Intl.DateTimeFormat.prototype.format,
  () => Intl.DateTimeFormat.prototype.formatToParts.call({}),
  () => Date.prototype.toLocaleString.call({}),
];
for (const fn of bad) {
  try { console.log('no error', fn()); } catch (e) { console.log(e.name, e.message); }
}
