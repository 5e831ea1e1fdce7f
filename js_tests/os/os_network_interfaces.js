// networkInterfaces(): a map of interface name -> address records with consistent fields
const os = require('os');

const all = os.networkInterfaces();
console.log(typeof all, Object.getPrototypeOf(all) === Object.prototype);
let wellFormed = true;
for (const [name, entries] of Object.entries(all)) {
  for (const e of entries) {
    const keys = Object.keys(e).join(',');
    const expected = e.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr';
    if (keys !== expected || !['IPv4', 'IPv6'].includes(e.family) || typeof e.internal !== 'boolean' ||
        !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac) || !e.cidr.startsWith(`${e.address}/`)) {
      wellFormed = false;
      console.log('bad entry', name, e);
    }
  }
}
console.log('well formed', wellFormed);
const loopback = Object.values(all).flat().filter((e) => e.address === '127.0.0.1');
console.log('loopback', loopback.every((e) => e.internal && e.netmask === '255.0.0.0' && e.cidr === '127.0.0.1/8'));
