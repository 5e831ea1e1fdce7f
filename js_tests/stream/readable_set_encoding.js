// setEncoding decodes Buffers to strings, keeping multi-byte characters split across chunks whole.
const { Readable } = require('stream');

const euro = Buffer.from('€uro');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
console.log('encoding', r.readableEncoding);
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 2));
console.log('partial character buffered as', r.readableLength);
r.push(euro.subarray(2));
r.push(null);
const parts = [];
r.on('data', (d) => parts.push(d));
r.on('end', () => console.log('parts', JSON.stringify(parts)));

const late = new Readable({ read() {} });
late.push(Buffer.from('already '));
late.push(Buffer.from('buffered'));
late.setEncoding('hex');
console.log('re-decoded', JSON.stringify(late.read()), late.readableEncoding);

const viaOption = new Readable({ encoding: 'base64', read() {} });
viaOption.push('hi!');
viaOption.push(null);
viaOption.on('data', (d) => console.log('base64 option', JSON.stringify(d)));

const ucs = new Readable({ read() {} });
ucs.setEncoding('UCS-2');
console.log('normalized', ucs.readableEncoding);
try {
  new Readable({ read() {} }).setEncoding('klingon');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
