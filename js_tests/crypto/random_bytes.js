// randomBytes: Buffers of the asked length, sync and with a callback; size validation.
const crypto = require('crypto');
for (const n of [0, 1, 16, 1000, 65537]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length);
}
const many = crypto.randomBytes(4096);
console.log(new Set(many).size > 200);
crypto.randomBytes(32, (err, buf) => console.log('callback', err, buf.length, Buffer.isBuffer(buf)));
console.log('after async call');
for (const bad of [-1, 'a', 2 ** 31, NaN]) {
  try {
    crypto.randomBytes(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
