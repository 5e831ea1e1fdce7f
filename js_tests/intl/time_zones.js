'use strict';
// Time zones as node 24.12.0 has them: ICU's canonical ids (aliases resolve to CLDR's id), and the
// 2025b time-zone database (America/Coyhaique is new in 2025b).
const zones = ['Asia/Kolkata', 'Asia/Calcutta', 'asia/kolkata', 'US/Eastern', 'America/Indiana/Indianapolis',
  'America/Buenos_Aires', 'Europe/Kiev', 'Europe/Kyiv', 'EST', 'MST7MDT', 'Etc/GMT+5', 'Etc/UTC', 'GMT',
  'America/Coyhaique', 'Pacific/Kanton', 'Asia/Ho_Chi_Minh', 'Asia/Saigon'];
for (const timeZone of zones) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'long' });
  console.log(timeZone, format.resolvedOptions().timeZone, format.format(Date.UTC(2025, 6, 1, 12)),
    format.format(Date.UTC(2025, 0, 15, 12)));
}
console.log(process.versions.tz);
try {
  new Intl.DateTimeFormat('en', { timeZone: 'America/Nowhere' });
} catch (error) {
  console.log(error.name, error.message);
}

// Date's toLocale*String with a locale string follow the default zone as it is at each call
const date = new Date(Date.UTC(2025, 2, 9, 12, 30));
for (const zone of ['America/New_York', 'Asia/Tokyo', 'Europe/Berlin', 'America/New_York']) {
  process.env.TZ = zone;
  console.log(zone, date.toLocaleString('en-US'), date.toLocaleDateString('de-DE'), date.toLocaleTimeString('ja-JP'),
    date.toLocaleString());
}
