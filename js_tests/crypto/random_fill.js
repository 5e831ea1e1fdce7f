// randomFillSync / randomFill fill a range of a buffer in place.
const crypto = require('crypto');
const buf = Buffer.alloc(16);
crypto.randomFillSync(buf, 4, 8);
console.log(buf.subarray(0, 4).every((x) => x === 0), buf.subarray(12).every((x) => x === 0));
console.log(crypto.randomFillSync(new Uint8Array(8)).length);
crypto.randomFill(new Uint32Array(4), (err, arr) => console.log('callback', err, arr.length));
try {
  crypto.randomFillSync(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
