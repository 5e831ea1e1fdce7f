// slice/subarray share memory; negative and out-of-range positions are clamped.
const b = Buffer.from('abcdefgh');
const positions = [undefined, 0, 2, -2, 8, 10, -10, 2.9, -2.9, '3', 'x', NaN, Infinity, -Infinity, null, true];
for (const start of positions) {
  const row = [];
  for (const end of [undefined, 5, -1, 100, '6', NaN, 1.5]) {
    row.push(JSON.stringify(b.slice(start, end).toString()) + '/' + b.subarray(start, end).toString());
  }
  console.log(String(start).padEnd(9), row.join(' '));
}
const s = b.slice(2, 5);
s[0] = 0x5a;
console.log(b.toString(), s.toString(), s.byteOffset - b.byteOffset, s.buffer === b.buffer, s instanceof Buffer, s.constructor.name);
const sub = b.subarray(1, 3);
b[1] = 0x59;
console.log(sub.toString(), sub.length, b.subarray(5, 2).length, Buffer.isBuffer(b.subarray()));
const u8 = new Uint8Array([1, 2, 3, 4]);
console.log(Buffer.prototype.slice.call(u8, 1, 3), Buffer.prototype.subarray.call(u8, -2));
