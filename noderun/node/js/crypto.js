'use strict';
// node:crypto: hashes, HMACs, random values, key derivation (pbkdf2, scrypt, hkdf), timingSafeEqual,
// X509Certificate (internal/crypto/x509.js) and Web Crypto's object, over Python's hashlib / hmac / os.urandom (host_crypto.py). Ciphers,
// signatures, key pairs, Diffie-Hellman and primes are not implemented: each throws
// ERR_METHOD_NOT_IMPLEMENTED naming itself.

const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { Hash, Hmac, createHash, createHmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/derive');
const { byteView, errorWithMessage } = require('internal/crypto/util');
const { crypto: webcrypto } = require('internal/crypto/web');
const { X509Certificate } = require('internal/crypto/x509');
const { crypto: constants } = require('internal/constants');
require('internal/tls/secure_context');   // (it applies --tls-cipher-list to constants.defaultCipherList)

function timingSafeEqual(buf1, buf2) {
  const a = byteView(buf1);
  const b = byteView(buf2);
  for (const [view, name] of [[a, 'buf1'], [b, 'buf2']]) {
    if (view === null) {
      throw errorWithMessage(ERR_INVALID_ARG_TYPE,
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
        name, 'ArrayBuffer', null);
    }
  }
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return host.timingSafeEqual(a, b);
}

const unimplementedClasses = (names) => Object.fromEntries(names.map((name) => [name, notImplementedClass(name)]));

module.exports = {
  // node's order of Object.keys(require('crypto'))
  checkPrime: notImplemented('checkPrime'),
  checkPrimeSync: notImplemented('checkPrimeSync'),
  createCipheriv: notImplemented('createCipheriv'),
  createDecipheriv: notImplemented('createDecipheriv'),
  createDiffieHellman: notImplemented('createDiffieHellman'),
  createDiffieHellmanGroup: notImplemented('createDiffieHellmanGroup'),
  createECDH: notImplemented('createECDH'),
  createHash,
  createHmac,
  createPrivateKey: notImplemented('createPrivateKey'),
  createPublicKey: notImplemented('createPublicKey'),
  createSecretKey: notImplemented('createSecretKey'),
  createSign: notImplemented('createSign'),
  createVerify: notImplemented('createVerify'),
  diffieHellman: notImplemented('diffieHellman'),
  generatePrime: notImplemented('generatePrime'),
  generatePrimeSync: notImplemented('generatePrimeSync'),
  getCiphers() { return []; },
  getCipherInfo() { return undefined; },
  getCurves() { return []; },
  getDiffieHellman: notImplemented('getDiffieHellman'),
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: notImplemented('generateKeyPair'),
  generateKeyPairSync: notImplemented('generateKeyPairSync'),
  generateKey: notImplemented('generateKey'),
  generateKeySync: notImplemented('generateKeySync'),
  privateDecrypt: notImplemented('privateDecrypt'),
  privateEncrypt: notImplemented('privateEncrypt'),
  publicDecrypt: notImplemented('publicDecrypt'),
  publicEncrypt: notImplemented('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: notImplemented('sign'),
  setEngine: notImplemented('setEngine'),
  timingSafeEqual,
  getFips() { return 0; },
  setFips: notImplemented('setFips'),
  verify: notImplemented('verify'),
  hash,
  Certificate: notImplementedClass('Certificate'),
  ...unimplementedClasses(['Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'DiffieHellman',
    'DiffieHellmanGroup', 'ECDH']),
  Hash,
  Hmac,
  KeyObject: notImplementedClass('KeyObject'),
  ...unimplementedClasses(['Sign', 'Verify']),
  X509Certificate,
  secureHeapUsed() { return { total: 0, min: 0, used: 0, utilization: 0 }; },
  constants,
  webcrypto,
  subtle: webcrypto.subtle,
  getRandomValues: (array) => webcrypto.getRandomValues(array),
};
