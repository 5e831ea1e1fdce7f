'use strict';
// Web Crypto: the global `crypto` (a Crypto with getRandomValues, randomUUID and subtle) and
// crypto.webcrypto. SubtleCrypto.digest works; its other methods reject with node's
// ERR_METHOD_NOT_IMPLEMENTED naming the method.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { notImplementedError } = require('internal/not_implemented');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { byteView } = require('internal/crypto/util');

const kConstructKey = Symbol('kConstructKey');

// Web Crypto digest names -> node's
const kDigestNames = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstructKey) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const digestName = kDigestNames[`${name}`.toLowerCase()];
    if (digestName === undefined) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const bytes = host.hashOnce(digestName, byteView(data) ?? new Uint8Array(0), null, null);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
}

for (const method of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  const holder = {
    async [method]() {
      throw notImplementedError(`SubtleCrypto.${method}`);
    },
  };
  Object.defineProperty(SubtleCrypto.prototype, method, {
    value: holder[method], writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kConstructKey);

class Crypto {
  constructor(key) {
    if (key !== kConstructKey) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    return subtle;
  }

  getRandomValues(array) {
    return getRandomValues(...arguments);
  }

  randomUUID() {
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const crypto = new Crypto(kConstructKey);

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto, subtle };
