'use strict';
// The zone name after Date.prototype.toString's offset is in the default locale (LANG here).
process.env.TZ = 'Europe/Zurich';
console.log(String(new Date(333333333333)), new Date(Date.UTC(2025, 6, 1)).toTimeString());
process.env.TZ = 'America/Los_Angeles';
console.log(String(new Date(333333333333)), new Date(Date.UTC(2025, 6, 1)).toTimeString());
