// toJSON shape and JSON round trip.
const b = Buffer.from('hi!');
console.log(b.toJSON(), JSON.stringify(b), JSON.stringify({ nested: b, e: Buffer.alloc(0) }));
const back = JSON.parse(JSON.stringify(b));
console.log(Buffer.from(back), Buffer.from(back).equals(b));
const revived = JSON.parse(JSON.stringify({ v: Buffer.from([1, 2]) }), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
console.log(revived.v, Buffer.isBuffer(revived.v));
console.log(JSON.stringify(Buffer.from([0, 255, 128]).toJSON().data), Array.isArray(b.toJSON().data));
