// Intl.supportedValuesOf for every key, as node 24.12.0 (ICU 77.1, tz 2025b).
for (const k of ['calendar', 'collation', 'currency', 'numberingSystem', 'timeZone', 'unit']) {
  const v = Intl.supportedValuesOf(k);
  console.log(k, v.length, JSON.stringify(v));
}
for (const k of ['x', undefined, 'Calendar', { toString() { return 'unit'; } }]) { try { console.log(Intl.supportedValuesOf(k).length); } catch (e) { console.log(e.name, e.message); } }
console.log(Intl.supportedValuesOf.length, Intl.supportedValuesOf.name, Object.isFrozen(Intl.supportedValuesOf('unit')));
try { Intl.supportedValuesOf(Symbol()); } catch (e) { console.log(e.name, e.message); }
// every value works where it belongs
console.log(Intl.supportedValuesOf('calendar').map((calendar) =>
  new Intl.DateTimeFormat('en', { calendar }).resolvedOptions().calendar).join(' '));
console.log(Intl.supportedValuesOf('numberingSystem').map((numberingSystem) =>
  new Intl.NumberFormat('en', { numberingSystem }).format(1234.5)).join(' '));
console.log(Intl.supportedValuesOf('timeZone').filter((timeZone) =>
  new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone !== timeZone).join(' '));
const currencies = new Intl.DisplayNames('en', { type: 'currency' });
console.log(Intl.supportedValuesOf('currency').map((code) => currencies.of(code)).join('|'));
console.log(Intl.supportedValuesOf('unit').map((unit) =>
  new Intl.NumberFormat('de', { style: 'unit', unit, unitDisplay: 'short' }).format(2)).join('|'));
console.log(Intl.supportedValuesOf('collation').map((collation) =>
  new Intl.Collator('en', { collation }).resolvedOptions().collation).join(' '));
