'use strict';
// Key derivation over hashlib: pbkdf2, scrypt and hkdf, each sync and with a callback that runs
// from the event loop (the work itself is done at the call: hashlib releases no JS time anyway).

const {
  codes: { ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString, validateObject, validateUint32 } =
  require('internal/validators');
const { asBuffer } = require('internal/process/as_buffer');
const { byteView } = require('internal/crypto/util');

function bytesArgument(value, name) {
  if (typeof value === 'string') return value;
  const view = byteView(value);
  if (view === null) throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  return view;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const pass = bytesArgument(password, 'password');
  const saltBytes = bytesArgument(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  return asBuffer(host.pbkdf2(pass, saltBytes, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  validateFunction(callback, 'callback');
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  setImmediate(callback, null, key);
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptOptions(options = {}) {
  validateObject(options, 'options');
  const pick = (long, short) => {
    if (options[long] !== undefined && options[short] !== undefined) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    return options[long] ?? options[short];
  };
  const N = pick('cost', 'N') ?? kScryptDefaults.N;
  const r = pick('blockSize', 'r') ?? kScryptDefaults.r;
  const p = pick('parallelization', 'p') ?? kScryptDefaults.p;
  const maxmem = options.maxmem ?? kScryptDefaults.maxmem;
  for (const [value, name] of [[N, 'N'], [r, 'r'], [p, 'p']]) validateUint32(value, name);
  if (N < 2 || (N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  return { N, r, p, maxmem };
}

function scryptSync(password, salt, keylen, options) {
  const pass = bytesArgument(password, 'password');
  const saltBytes = bytesArgument(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const { N, r, p, maxmem } = scryptOptions(options);
  return asBuffer(host.scrypt(pass, saltBytes, keylen, N, r, p, maxmem));   // OpenSSL checks maxmem
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = scryptSync(password, salt, keylen, options);
  setImmediate(callback, null, key);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const key = bytesArgument(ikm, 'ikm');
  const saltBytes = bytesArgument(salt, 'salt');
  const infoBytes = bytesArgument(info, 'info');
  validateInt32(keylen, 'length', 0);
  const out = host.hkdf(digest, key, saltBytes, infoBytes, keylen);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);   // an ArrayBuffer, as node's
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  validateFunction(callback, 'callback');
  const key = hkdfSync(digest, ikm, salt, info, keylen);
  setImmediate(callback, null, key);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
