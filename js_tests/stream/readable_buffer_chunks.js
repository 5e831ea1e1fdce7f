// Byte mode: strings become Buffers, read(n) splits and joins Buffers, readableLength counts bytes.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
console.log('push string', r.push('héllo'));
r.push(Buffer.from(' wörld'));
r.push(new Uint8Array([33, 33]));
console.log('length in bytes', r.readableLength, 'encoding', r.readableEncoding);
const first = r.read(3);
console.log('read(3)', Buffer.isBuffer(first), first);
const joined = r.read(6);
console.log('read(6) across chunks', joined, joined.toString('latin1'));
console.log('rest', r.read().toString(), r.readableLength);
console.log('read on empty', r.read());

const hex = new Readable({ read() {} });
hex.push('6869', 'hex');
hex.push(null);
hex.on('data', (d) => console.log('hex pushed', d, d.toString()));
hex.on('end', () => console.log('hex end'));
