// createHash(...).update(str).digest('hex') for every common algorithm and varied inputs.
const crypto = require('crypto');
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'h\u00e9llo w\u00f6rld', '\u{1F600}\u{1F680}', 'x'.repeat(10000)];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  for (const input of inputs) console.log(alg, input.length, crypto.createHash(alg).update(input).digest('hex'));
}
