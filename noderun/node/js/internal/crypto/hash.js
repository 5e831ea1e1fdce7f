'use strict';
// createHash / createHmac / hash() / getHashes over the host's hashlib objects. A Hash holds an
// integer handle into the thread's host table; digest() frees it, and a FinalizationRegistry
// frees the handles of hashes that are dropped undigested.

const {
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString, validateObject, validateUint32 } = require('internal/validators');
const { asBuffer } = require('internal/process/as_buffer');
const { byteView, dataArgument } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kOutputLength = Symbol('kOutputLength');

const undigested = new FinalizationRegistry((handle) => host.hashFree(handle));

const kStringEncodings = new Set(['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii',
  'utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le']);

// digest(encoding): a string for a known encoding, else a Buffer (node's rule, 'buffer' included)
function outputEncoding(encoding) {
  if (typeof encoding !== 'string') return null;
  const lower = encoding.toLowerCase();
  return kStringEncodings.has(lower) ? lower : null;
}

function adopt(object, handle) {
  object[kHandle] = handle;
  object[kFinalized] = false;
  undigested.register(object, handle, object);
}

function finish(object, encoding) {
  object[kFinalized] = true;
  undigested.unregister(object);
  const result = host.hashDigest(object[kHandle], outputEncoding(encoding));
  return typeof result === 'string' ? result : asBuffer(result);
}

function update(object, data, encoding) {
  if (object[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const input = dataArgument(data, 'data');
  host.hashUpdate(object[kHandle], input, typeof input === 'string' ? encoding ?? 'utf8' : null);
  return object;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {   // hash.copy()
    this[kOutputLength] = options?.outputLength ?? algorithm[kOutputLength];
    adopt(this, host.hashCopy(algorithm[kHandle], this[kOutputLength] ?? null));
    return;
  }
  validateString(algorithm, 'algorithm');
  if (options !== undefined) validateObject(options, 'options');
  const outputLength = options?.outputLength;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  this[kOutputLength] = outputLength;
  adopt(this, host.hashCreate(algorithm, outputLength ?? null));
}

Hash.prototype.update = function update_(data, encoding) {
  return update(this, data, encoding);
};

Hash.prototype.digest = function digest(encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return finish(this, encoding);
};

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

function keyArgument(key, encoding) {
  if (typeof key === 'string') return [key, encoding ?? 'utf8'];
  const view = byteView(key);
  if (view !== null) return [view, null];
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options?.encoding;
  const [keyData, keyEncoding] = keyArgument(key, encoding);
  adopt(this, host.hmacCreate(hmac, keyData, keyEncoding));
}

Hmac.prototype.update = Hash.prototype.update;

// A second digest() of an Hmac gives an empty result, as in node (a Hash throws instead).
Hmac.prototype.digest = function digest(encoding) {
  if (this[kFinalized]) {
    const empty = asBuffer(new Uint8Array(0));
    return outputEncoding(encoding) === null ? empty : '';
  }
  return finish(this, encoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): one call, no object.
function hash(algorithm, input, encoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (encoding !== undefined) validateString(encoding, 'outputEncoding');
  const data = typeof input === 'string' ? input : byteView(input);
  const result = host.hashOnce(algorithm, data, typeof data === 'string' ? 'utf8' : null, outputEncoding(encoding));
  return typeof result === 'string' ? result : asBuffer(result);
}

let hashNames;
function getHashes() {
  return (hashNames ??= host.hashNames()).slice();
}

module.exports = { Hash, Hmac, createHash, createHmac, hash, getHashes };
