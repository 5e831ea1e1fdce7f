// Algorithm names are case-insensitive and OpenSSL aliases work; sha3, blake2, XOFs.
const crypto = require('crypto');
const d = (alg, opts) => crypto.createHash(alg, opts).update('abc').digest('hex');
console.log(d('SHA256') === d('sha256'), d('RSA-SHA256') === d('sha256'), d('sha256WithRSAEncryption') === d('sha256'));
console.log(d('sha512-256'));
console.log(d('sha3-256'));
console.log(d('sha3-512'));
console.log(d('blake2b512'));
console.log(d('blake2s256'));
console.log(d('shake128'));
console.log(d('shake256', { outputLength: 10 }));
console.log(d('md5-sha1'));
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256'].every((n) => hashes.includes(n)));
