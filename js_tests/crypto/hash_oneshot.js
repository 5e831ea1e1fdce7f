// crypto.hash(algorithm, data[, outputEncoding]) (node 20.12+).
const crypto = require('crypto');
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc')) === crypto.createHash('sha256').update('abc').digest('hex'));
const buf = crypto.hash('sha1', 'abc', 'buffer');
console.log(Buffer.isBuffer(buf), buf.length);
try {
  crypto.hash('sha1', 5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
