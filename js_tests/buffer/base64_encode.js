// base64 and base64url encoding of every length 0..20 and of all byte values; round trips.
const data = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 7 + 3) & 0xff));
for (let n = 0; n <= 20; n++) {
  const b = data.subarray(0, n);
  const b64 = b.toString('base64');
  const url = b.toString('base64url');
  console.log(n, b64, url, Buffer.from(b64, 'base64').equals(b), Buffer.from(url, 'base64url').equals(b), Buffer.from(url, 'base64').equals(b));
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
console.log(all.toString('base64'));
console.log(all.toString('base64url'));
console.log(all.base64Slice(0, 4), all.base64urlSlice(250, 256));
const mid = all.subarray(13, 77);
console.log(mid.toString('base64'), mid.toString('base64', 3, 10), mid.toString('base64url', 1));
