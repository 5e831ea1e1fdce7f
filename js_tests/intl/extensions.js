// Calendars and numbering systems from options and from -u- extensions of the tag (ca, nu, hc), in
// DateTimeFormat and NumberFormat: what applies and what the resolved locale keeps.
for (const o of [{numberingSystem:'arab'}, {calendar:'japanese', era:'long', year:'numeric'}, {calendar:'islamic-umalqura', dateStyle:'long'}, {calendar:'bogus'}, {numberingSystem:'hanidec', dateStyle:'medium', timeStyle:'short'}]) { const f = new Intl.DateTimeFormat('en', {...o, timeZone:'UTC'}); console.log(f.format(0), f.resolvedOptions()); }
console.log(new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {timeZone:'UTC'}).format(0), new Intl.DateTimeFormat('ar-SA', {timeZone:'UTC'}).resolvedOptions());
for (const l of ['de-DE-u-nu-arab', 'en-u-nu-thai-ca-buddhist', 'en-US-u-hc-h23', 'ja-u-ca-japanese-nu-latn', 'en-u-nu-bogus', 'en-u-ca-islamic-umalqura']) {
  const d = new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
  const n = new Intl.NumberFormat(l);
  console.log(l, d.format(0), d.resolvedOptions().locale, d.resolvedOptions().calendar, d.resolvedOptions().hourCycle, n.format(1234.5), n.resolvedOptions().locale, n.resolvedOptions().numberingSystem);
}
console.log(new Intl.NumberFormat('de-DE-u-nu-arab', { numberingSystem: 'thai' }).resolvedOptions().locale, new Intl.DateTimeFormat('en-u-hc-h23', { hour12: true }).resolvedOptions().locale);
