'use strict';
// Key derivation over hashlib: pbkdf2, scrypt and hkdf. The sync forms derive at the call; the
// callback forms check their arguments at the call (node throws there) and derive on the host's
// thread pool, calling back from this thread's loop, as node's uv_work_t jobs do.

const {
  codes: { ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString, validateObject, validateUint32 } =
  require('internal/validators');
const { asBuffer } = require('internal/process/as_buffer');
const { byteView } = require('internal/crypto/util');
const threadpool = require('internal/threadpool');

function bytesArgument(value, name) {
  if (typeof value === 'string') return value;
  const view = byteView(value);
  if (view === null) throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  return view;
}

// Run the host's derivation `name` on the thread pool; `callback(null, wrap(bytes))` later.
function derive(name, args, wrap, callback) {
  threadpool.queue(name, args, (error, bytes) => {
    if (error) callback(error);
    else callback(null, wrap(bytes));
  });
}

function pbkdf2Arguments(password, salt, iterations, keylen, digest) {
  const pass = bytesArgument(password, 'password');
  const saltBytes = bytesArgument(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  host.kdfDigest(digest);
  return [pass, saltBytes, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return asBuffer(Reflect.apply(host.pbkdf2, host, pbkdf2Arguments(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  validateFunction(callback, 'callback');
  derive('pbkdf2', pbkdf2Arguments(password, salt, iterations, keylen, digest), asBuffer, callback);
}

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptOptions(options = {}) {
  validateObject(options, 'options');
  const pick = (long, short) => {
    if (options[long] !== undefined && options[short] !== undefined) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    return options[long] ?? options[short];
  };
  // 0 stands for the default, as in node
  const N = pick('cost', 'N') || kScryptDefaults.N;
  const r = pick('blockSize', 'r') || kScryptDefaults.r;
  const p = pick('parallelization', 'p') || kScryptDefaults.p;
  const maxmem = options.maxmem || kScryptDefaults.maxmem;
  for (const [value, name] of [[N, 'N'], [r, 'r'], [p, 'p']]) validateUint32(value, name);
  if (N < 2 || (N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  host.scryptCheck(N, r, p, maxmem);   // OpenSSL's limits, memory above all
  return { N, r, p, maxmem };
}

function scryptArguments(password, salt, keylen, options) {
  const pass = bytesArgument(password, 'password');
  const saltBytes = bytesArgument(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const { N, r, p, maxmem } = scryptOptions(options);
  return [pass, saltBytes, keylen, N, r, p, maxmem];
}

function scryptSync(password, salt, keylen, options) {
  return asBuffer(Reflect.apply(host.scrypt, host, scryptArguments(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  derive('scrypt', scryptArguments(password, salt, keylen, options), asBuffer, callback);
}

function hkdfArguments(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  const key = bytesArgument(ikm, 'ikm');
  const saltBytes = bytesArgument(salt, 'salt');
  const infoBytes = bytesArgument(info, 'info');
  validateInt32(keylen, 'length', 0);
  if (host.kdfDigest(digest) * 255 < keylen) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, key, saltBytes, infoBytes, keylen];
}

// node's hkdf gives an ArrayBuffer
const toArrayBuffer = (out) => out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);

function hkdfSync(digest, ikm, salt, info, keylen) {
  return toArrayBuffer(Reflect.apply(host.hkdf, host, hkdfArguments(digest, ikm, salt, info, keylen)));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  validateFunction(callback, 'callback');
  derive('hkdf', hkdfArguments(digest, ikm, salt, info, keylen), toArrayBuffer, callback);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
