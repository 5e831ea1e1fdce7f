// UTF-8 characters split at every byte boundary across writes come out whole.
const { StringDecoder } = require('string_decoder');
const text = 'aé€😀b';
const bytes = Buffer.from(text);
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new StringDecoder('utf8');
  const first = d.write(bytes.subarray(0, cut));
  const second = d.write(bytes.subarray(cut));
  console.log(cut, JSON.stringify(first), JSON.stringify(second), JSON.stringify(d.end()), first + second === text);
}
const d = new StringDecoder('utf8');
const pieces = [];
for (const byte of bytes) pieces.push(d.write(Buffer.from([byte])));
console.log(JSON.stringify(pieces), JSON.stringify(d.end()));
const big = Buffer.from('€'.repeat(1000));
const bd = new StringDecoder();
let out = '';
for (let i = 0; i < big.length; i += 7) out += bd.write(big.subarray(i, i + 7));
out += bd.end();
console.log(out.length, out === '€'.repeat(1000));
