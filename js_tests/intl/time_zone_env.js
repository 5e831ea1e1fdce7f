// The default time zone comes from TZ, and process.env.TZ = ... changes it at run time, as in node.
const d = new Date(Date.UTC(2024, 6, 1, 12, 30));
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone, d.toLocaleString('en-US'));
process.env.TZ = 'Asia/Tokyo';
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone, d.toLocaleString('en-US'), d.toLocaleString());
process.env.TZ = 'America/New_York';
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone, d.toLocaleTimeString(), d.toLocaleDateString());
