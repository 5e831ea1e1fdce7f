// HMAC with string and binary keys across algorithms; a second digest() of an Hmac is empty.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, 'secret key').update('message').digest('hex'));
}
console.log(crypto.createHmac('sha256', Buffer.from([0, 1, 2, 255])).update('m').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
console.log(crypto.createHmac('sha256', 'k'.repeat(200)).update('long key').digest('hex'));
const h = crypto.createHmac('sha1', 'k').update('a');
console.log(h.digest('hex'));
console.log(JSON.stringify(h.digest('hex')), h.digest().length);
try {
  h.update('more');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
