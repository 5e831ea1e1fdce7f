'use strict';
// Plain decimal formats (toLocaleString() without options, NumberFormat with fraction digits) are
// written by noderun's fast path after a formatter's first uses: many numbers of every magnitude,
// ties included, over the usual locales must come out exactly as ICU writes them in node 24.12.0.
let seed = 12345;
function random() {   // a fixed sequence, so node and noderun format the same numbers
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function sample() {
  const kind = Math.floor(random() * 6);
  const magnitude = 10 ** Math.floor(random() * 24 - 8);
  const sign = random() < 0.3 ? -1 : 1;
  if (kind === 0) return sign * Math.floor(random() * magnitude);
  if (kind === 1) return sign * (Math.floor(random() * 100000) + 0.5) / 10 ** Math.floor(random() * 5);  // ties
  if (kind === 2) return sign * Math.round(random() * 1e6) / 1000;
  return sign * random() * magnitude;
}
const numbers = [];
for (let i = 0; i < 3000; i++) numbers.push(sample());

function hash(text) {   // FNV-1a over the UTF-16 code units
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}

const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR',
  'ar-EG', 'tr-TR', 'hi-IN', 'fa-IR', 'de-CH', 'sv-SE', 'pl-PL'];
const optionSets = [undefined, { maximumFractionDigits: 0 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { maximumFractionDigits: 5 }, { useGrouping: false }, { useGrouping: 'min2', minimumFractionDigits: 1 },
  { numberingSystem: 'arab' }];
for (const locale of locales) {
  for (const options of optionSets) {
    const format = new Intl.NumberFormat(locale, options);
    const out = numbers.map((x) => format.format(x));
    console.log(locale, JSON.stringify(options), hash(out.join('|')), out.slice(0, 40).join(' '));
  }
}
const defaults = numbers.map((x) => x.toLocaleString());
console.log(hash(defaults.join('|')), defaults.slice(-60).join(' '));
console.log([0, -0, 1e21, -1e21, 1e-7, -1e-7, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2]
  .map((x) => x.toLocaleString('de-DE')).join(' '));
console.log(hash(numbers.map((x) => x.toLocaleString('de-DE')).join('|')),
  numbers.slice(0, 50).map((x) => x.toLocaleString('ar-EG')).join(' '));
