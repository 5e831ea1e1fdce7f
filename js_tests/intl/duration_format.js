'use strict';
// Intl.DurationFormat as node 24.12.0 has it (V8 13.6 on ICU 77.1), its quirks included.
const show = require('./helpers/show');

const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR',
  'ar-EG', 'tr-TR', 'fi', 'da'];
const durations = [
  { years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7, milliseconds: 8, microseconds: 9,
    nanoseconds: 10 },
  { hours: 1, minutes: 2, seconds: 3 }, { days: 2, hours: 25 }, { minutes: 0 }, { hours: -1, minutes: -2 },
  { years: 21, months: 11, days: 1 }, { seconds: 1, milliseconds: 500 }, { milliseconds: 1234567 },
  { hours: 123456, minutes: 59 }, { weeks: -2, days: -3 }, { nanoseconds: 999999999 },
];
for (const locale of locales) {
  for (const style of ['long', 'short', 'narrow', 'digital']) {
    const format = new Intl.DurationFormat(locale, { style });
    console.log(locale, style, durations.map((d) => show(() => format.format(d))).join(' '));
  }
}

const en = new Intl.DurationFormat('en');
for (const duration of [{}, { hours: 0 }, { hours: 1, seconds: 0 }, { seconds: 1.5 }, { years: 1e10 },
  { years: 1, months: -1 }, { hours: 2, minutes: -1 }, 'P1D', 5, null, undefined, { foo: 1 }, { hours: '2' },
  { hours: 1n }, { hours: NaN }, { hours: Infinity }, { seconds: 2 ** 53 }, { seconds: 2 ** 53 - 1 },
  { days: 104249991375 }, { hours: -0 }, { years: 2 ** 32 - 1 }]) {
  console.log(show(() => en.format(duration)));
}

const optionSets = [
  { hours: 'numeric' }, { minutes: 'numeric' }, { seconds: 'numeric' }, { hours: 'numeric', seconds: 'long' },
  { style: 'digital', hours: 'long' }, { milliseconds: 'numeric' }, { microseconds: 'numeric' },
  { nanoseconds: 'numeric' }, { minutes: 'numeric', seconds: 'numeric', fractionalDigits: 3 },
  { hoursDisplay: 'always' }, { style: 'digital', hoursDisplay: 'auto' }, { style: 'digital', fractionalDigits: 0 },
  { style: 'digital', fractionalDigits: 9 }, { hours: '2-digit' }, { hours: '2-digit', minutes: 'long' },
  { milliseconds: 'numeric', millisecondsDisplay: 'always' }, { seconds: 'numeric', milliseconds: 'long' },
  { style: 'long', yearsDisplay: 'always', daysDisplay: 'always' }, { numberingSystem: 'arab' },
  { numberingSystem: 'thai', style: 'digital' }, { fractionalDigits: 10 }, { style: 'x' }, { days: 'numeric' },
  { hoursDisplay: 'never' }, { numberingSystem: 'x' },
];
for (const options of optionSets) {
  console.log(JSON.stringify(options), show(() => {
    const format = new Intl.DurationFormat('en', options);
    return [format.format({ hours: 1, minutes: 2, seconds: 3, milliseconds: 4, microseconds: 5 }),
      format.format({ minutes: 0, seconds: 5 }), format.format({ hours: -1, microseconds: -7 }),
      format.resolvedOptions()];
  }));
}

for (const locale of ['en', 'de-DE', 'ar-EG', 'ja-JP', 'fi']) {
  for (const style of ['long', 'digital']) {
    const format = new Intl.DurationFormat(locale, { style });
    console.log(locale, style, show(() => format.formatToParts(durations[0])),
      show(() => format.formatToParts({ hours: -1, minutes: 2, seconds: 3, milliseconds: 40 })));
  }
}
console.log(show(() => new Intl.DurationFormat('en', { seconds: 'numeric' }).formatToParts({ hours: 1, seconds: 2 })));

for (const tag of ['en-u-nu-arab', 'de-u-nu-latn', 'ar-EG-u-nu-latn', 'xx', 'zh-Hant-TW']) {
  console.log(tag, show(() => new Intl.DurationFormat(tag).resolvedOptions().locale),
    show(() => new Intl.DurationFormat(tag, { style: 'digital' }).format({ hours: 1, minutes: 2, seconds: 3 })));
}
const read = [];
new Intl.DurationFormat('en', new Proxy({}, { get(target, key) { read.push(key); return undefined; } }));
console.log(read.join(' '));
const fields = [];
en.format(new Proxy({ hours: 1 }, { get(target, key) { fields.push(key); return target[key]; } }));
console.log(fields.join(' '));

console.log(Object.getOwnPropertyNames(Intl.DurationFormat.prototype).join(' '), Intl.DurationFormat.length,
  Object.prototype.toString.call(en), show(() => Intl.DurationFormat()), show(() => new Intl.DurationFormat('en', 5)),
  show(() => new Intl.DurationFormat('en', null)));
console.log(Intl.DurationFormat.supportedLocalesOf(['en', 'xx', 'de-DE']));
console.log(show(() => Intl.DurationFormat.prototype.format.call({}, { hours: 1 })));
