'use strict';
// Date.prototype.toString / toTimeString end with the zone's name in the default locale, as V8
// writes it from ICU: standard or daylight time as it is at that date; the zone as TZ is now.
const dates = [new Date(0), new Date(Date.UTC(2025, 6, 1, 12)), new Date(Date.UTC(2025, 0, 15, 12)),
  new Date(Date.UTC(1980, 6, 25)), new Date(NaN)];
for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Etc/GMT+5',
  'America/Sao_Paulo', 'Asia/Tokyo', 'Africa/Cairo', 'Europe/Dublin']) {
  process.env.TZ = zone;
  console.log(zone);
  for (const date of dates) console.log('  ', date.toString(), '|', date.toTimeString(), '|', `${date}`);
}
try {
  Date.prototype.toString.call({});
} catch (error) {
  console.log(error.name);
}
