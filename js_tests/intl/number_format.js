// Intl.NumberFormat over the most used locales: styles, currencies, units, compact, signDisplay,
// digits and rounding options, grouping, format/formatToParts/formatRange/resolvedOptions, and
// Number/BigInt toLocaleString; then V8's errors for bad options.
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-EG'];
const cases = [
  [{}, [0, -0, 1234.5678, -1234.5678, 1e21, 0.000012345, NaN, -Infinity, 12345678901234567890n, '1.234567890123456789012']],
  [{ style: 'percent' }, [0.256, -1.5]],
  [{ style: 'percent', maximumFractionDigits: 2 }, [0.12345]],
  [{ style: 'currency', currency: 'EUR' }, [1234.5, -0.5]],
  [{ style: 'currency', currency: 'JPY' }, [1234.5]],
  [{ style: 'currency', currency: 'USD', currencyDisplay: 'name' }, [1, 2.5]],
  [{ style: 'currency', currency: 'USD', currencyDisplay: 'code' }, [1234.5]],
  [{ style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', currencySign: 'accounting' }, [-1234.5]],
  [{ style: 'unit', unit: 'kilometer-per-hour' }, [88.5]],
  [{ style: 'unit', unit: 'liter', unitDisplay: 'long' }, [1, 3.5]],
  [{ style: 'unit', unit: 'megabyte', unitDisplay: 'narrow' }, [512]],
  [{ notation: 'compact' }, [999, 1234, 15678, 1234567, 1.5e9]],
  [{ notation: 'compact', compactDisplay: 'long' }, [1234, 2500000]],
  [{ notation: 'scientific' }, [123456.789]],
  [{ notation: 'engineering', maximumSignificantDigits: 3 }, [123456.789]],
  [{ signDisplay: 'always' }, [5, 0, -0, -5]],
  [{ signDisplay: 'exceptZero' }, [5, 0, -5]],
  [{ signDisplay: 'never' }, [-5]],
  [{ signDisplay: 'negative' }, [-0, -5]],
  [{ minimumIntegerDigits: 3, minimumFractionDigits: 2 }, [5.1]],
  [{ maximumSignificantDigits: 2 }, [1234.5]],
  [{ minimumSignificantDigits: 5 }, [1.5]],
  [{ maximumFractionDigits: 1, roundingPriority: 'morePrecision', maximumSignificantDigits: 2 }, [1.25, 123.45]],
  [{ maximumFractionDigits: 1, roundingPriority: 'lessPrecision', maximumSignificantDigits: 2 }, [1.25, 123.45]],
  [{ minimumFractionDigits: 2, maximumFractionDigits: 2, roundingIncrement: 5 }, [1.234, 1.26]],
  [{ minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }, [5, 5.1]],
  [{ maximumFractionDigits: 0, roundingMode: 'halfEven' }, [2.5, 3.5]],
  [{ maximumFractionDigits: 0, roundingMode: 'floor' }, [2.7, -2.2]],
  [{ maximumFractionDigits: 0, roundingMode: 'trunc' }, [-2.7]],
  [{ useGrouping: false }, [12345.5]],
  [{ useGrouping: 'min2' }, [1234, 12345]],
  [{ useGrouping: 'always' }, [1234]],
];
for (const locale of locales) {
  for (const [options, values] of cases) {
    const nf = new Intl.NumberFormat(locale, options);
    console.log(locale, JSON.stringify(options), values.map((v) => nf.format(v)).join(' | '));
  }
  const nf = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  console.log(JSON.stringify(nf.formatToParts(-1234567.891)));
  console.log(JSON.stringify(new Intl.NumberFormat(locale, { notation: 'compact' }).formatToParts(15678)));
  console.log(nf.formatRange(3, 5), nf.formatRange(3, 3), JSON.stringify(nf.formatRangeToParts(1000, 2000)));
  console.log(JSON.stringify(nf.resolvedOptions()));
  console.log((1234567.891).toLocaleString(locale), 12345678901234567890n.toLocaleString(locale),
    (0.5).toLocaleString(locale, { style: 'percent' }));
}
const nf = new Intl.NumberFormat();
console.log(nf.resolvedOptions());
console.log(new Intl.NumberFormat('de', { style: 'currency', currency: 'eur', notation: 'compact' }).resolvedOptions());
console.log(new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).resolvedOptions());
console.log(new Intl.NumberFormat('en', { maximumSignificantDigits: 3, useGrouping: false }).resolvedOptions());
console.log(new Intl.NumberFormat('ar-EG').resolvedOptions().numberingSystem, new Intl.NumberFormat('en', { numberingSystem: 'arab' }).format(123.5));
console.log(nf.format.name, nf.format.length, nf.format === nf.format, Intl.NumberFormat('en') instanceof Intl.NumberFormat,
  Intl.NumberFormat.length, Object.getOwnPropertyNames(Intl.NumberFormat.prototype).sort(), String(nf));
console.log(nf.format('0x10'), nf.format(' 12 '), nf.format(''), nf.format('abc'), nf.format(true), nf.format(null), nf.format({ valueOf: () => 7 }));
console.log(Intl.NumberFormat.supportedLocalesOf(['en-ZZ', 'xx', 'de']), (1234.5).toLocaleString(), [1234.5, 2].map(String));
const bad = [
  () => new Intl.NumberFormat('en', { style: 'currency' }),
  () => new Intl.NumberFormat('en', { style: 'unit' }),
  () => new Intl.NumberFormat('en', { currency: 'EURO' }),
  () => new Intl.NumberFormat('en', { style: 'unit', unit: 'parsec-foo' }),
  () => new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
  () => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }),
  () => new Intl.NumberFormat('en', { minimumSignificantDigits: 0 }),
  () => new Intl.NumberFormat('en', { roundingIncrement: 3 }),
  () => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumSignificantDigits: 2 }),
  () => new Intl.NumberFormat('en', { roundingIncrement: 5, minimumFractionDigits: 1, maximumFractionDigits: 2 }),
  () => new Intl.NumberFormat('en', { useGrouping: 'x' }),
  () => new Intl.NumberFormat('en', { numberingSystem: 'x' }),
  () => new Intl.NumberFormat('en', { style: 'x' }),
  () => new Intl.NumberFormat('en', { roundingMode: 'up' }),
  () => new Intl.NumberFormat('en', null),
  () => new Intl.NumberFormat('en_US'),
  () => new Intl.NumberFormat('en').formatRange(1),
  () => new Intl.NumberFormat('en').formatRange(NaN, 1),
  () => Intl.NumberFormat.prototype.format,
  () => Intl.NumberFormat.prototype.resolvedOptions.call({}),
  () => Number.prototype.toLocaleString.call('x'),
  () => BigInt.prototype.toLocaleString.call(1),
  () => (1).toLocaleString('xx-'),
];
for (const f of bad) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.message); }
}
