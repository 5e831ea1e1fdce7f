// Array and TypedArray toLocaleString hand locales and options to each element (numbers, dates,
// BigInts, nested arrays, objects); null and undefined are empty; a cycle is empty; V8's errors.
const dates = [new Date(Date.UTC(2024, 2, 5, 14, 7))];
for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG']) {
  console.log(locale, [1234.5, 12345678901234567890n, null, undefined, 'x', [2000, 3.5], ...dates].toLocaleString(locale, { timeZone: 'UTC' }),
    '|', [0.25, 1].toLocaleString(locale, { style: 'percent' }), '|', new Float64Array([1234.5, -0.5]).toLocaleString(locale),
    '|', new BigInt64Array([123456789n]).toLocaleString(locale));
}
const spy = { toLocaleString(...args) { return `spy(${args.length}:${JSON.stringify(args)})`; } };
const cycle = [1, 2];
cycle.push(cycle);
console.log([spy].toLocaleString('fr', { a: 1 }), [spy].toLocaleString(), [1234.5].toLocaleString(), cycle.toLocaleString(),
  Array.prototype.toLocaleString.length, Array.prototype.toLocaleString.name, Array.prototype.toLocaleString.call({ length: 2, 0: 1000, 1: 2000 }, 'de'));
for (const f of [() => [{ toLocaleString: 5 }].toLocaleString(), () => Array.prototype.toLocaleString.call(null), () => [1].toLocaleString('en_US')]) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
