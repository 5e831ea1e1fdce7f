// Fixed-width integer reads in both byte orders.
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x80, 0xff, 0x7f, 0xfe, 0x00, 0x10]);
const methods = ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readUint32BE', 'readInt32LE', 'readInt32BE'];
for (const m of methods) {
  const size = /8/.test(m) ? 1 : /16/.test(m) ? 2 : 4;
  const values = [];
  for (let off = 0; off + size <= b.length; off++) values.push(b[m](off));
  console.log(m.padEnd(14), b[m](), values.join(' '));
}
const neg = Buffer.from([0xff, 0xff, 0xff, 0xff]);
console.log(neg.readInt8(), neg.readInt16LE(), neg.readInt32BE(), neg.readUInt32LE(), neg.readUInt16BE(1));
const edge = Buffer.from([0x80, 0x00, 0x00, 0x00]);
console.log(edge.readInt32BE(), edge.readInt32LE(), edge.readUInt32BE(), edge.readInt16BE(), edge.readInt8());
console.log(b.readUInt8(-0), b.readUInt16LE(0.0));
