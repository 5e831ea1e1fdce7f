// keys/values/entries, for-of and spread over a Buffer; typed-array methods produce Buffers.
const b = Buffer.from('hey');
console.log([...b.keys()], [...b.values()], [...b.entries()], [...b]);
for (const x of Buffer.from([1, 2])) console.log('of', x);
console.log(Array.from(b), Object.keys(b), b.length, b.byteLength, b.BYTES_PER_ELEMENT);
const mapped = b.map((x) => x + 1);
console.log(mapped, mapped instanceof Buffer, mapped.constructor === Buffer, mapped.toString());
console.log(b.filter((x) => x > 101), b.reverse === Uint8Array.prototype.reverse, Buffer.from('abc').reverse().toString());
console.log(b.reduce((a, x) => a + x, 0), b.some((x) => x === 0x65), b.every((x) => x > 0), b.find((x) => x > 0x66), b.at(-1));
console.log(b.join('-'), Buffer.from('abc').sort().toString(), Buffer.from('cab').sort().toString(), b.fill === Buffer.prototype.fill);
const arr = new Uint8Array(2);
arr.set(Buffer.from([9, 8]));
console.log(arr, Buffer.from('ab').copyWithin(0, 1).toString());
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
  Buffer.prototype.constructor === Buffer, Buffer.name, Buffer.length, typeof Buffer[Symbol.species]);
