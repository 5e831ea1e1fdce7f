'use strict';
// tls.createSecureContext and tls.SecureContext: the options are checked here as node checks them,
// then handed to the host (node/tls_engine.py's SecureContext) as PEM text; `context` holds the id
// of the host's context. A context is freed in the host when its SecureContext is collected.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { crypto: cryptoConstants } = require('internal/constants');

const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
// secureProtocol names -> [min, max] (the TLS_method family: any version; the SSLv23_method family:
// from the default minimum up to TLS 1.2, null standing for the default)
const kAny = ['TLSv1', 'TLSv1.3'];
const kUpTo12 = [null, 'TLSv1.2'];
const kMethods = {
  TLS_method: kAny, TLS_client_method: kAny, TLS_server_method: kAny,
  SSLv23_method: kUpTo12, SSLv23_client_method: kUpTo12, SSLv23_server_method: kUpTo12,
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'], TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
};

// tls.DEFAULT_MIN_VERSION / MAX_VERSION (node's --tls-min-v1.x / --tls-max-v1.x, the lowest / highest
// named wins), DEFAULT_CIPHERS, and the CA certificates setDefaultCACertificates set
function versionFlag(kind, versions, fallback) {
  const found = versions.find((v) => process.execArgv.includes(`--tls-${kind}-v${v}`));
  return found ? (found === '1.0' ? 'TLSv1' : `TLSv${found}`) : fallback;
}
// --tls-cipher-list=list: the default cipher list, crypto.constants.defaultCipherList included
const cipherListFlag = process.execArgv.findLast((arg) => arg.startsWith('--tls-cipher-list='));
if (cipherListFlag) cryptoConstants.defaultCipherList = cipherListFlag.slice('--tls-cipher-list='.length);
const defaults = {
  minVersion: versionFlag('min', ['1.0', '1.1', '1.2', '1.3'], 'TLSv1.2'),
  maxVersion: versionFlag('max', ['1.3', '1.2'], 'TLSv1.3'),
  ciphers: cryptoConstants.defaultCipherList,
  ca: null,
};

const freeContext = new FinalizationRegistry((id) => host.tlsContextFree(id));

function pemOf(value, name) {
  if (typeof value === 'string') return value;
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function listOf(value) {
  return Array.isArray(value) ? value : [value];
}

function validVersion(version, kind, name) {
  if (version == null) return null;
  validateString(version, name);
  if (!kVersions.includes(version)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(JSON.stringify(version), kind);   // (node's %j)
  return version;
}

// [min, max] of the options, with secureProtocol's say
function versionsOf(options) {
  let minVersion = validVersion(options.minVersion, 'minimum', 'options.minVersion');
  let maxVersion = validVersion(options.maxVersion, 'maximum', 'options.maxVersion');
  if (options.secureProtocol != null) {
    validateString(options.secureProtocol, 'options.secureProtocol');
    if (minVersion) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(JSON.stringify(minVersion), JSON.stringify(options.secureProtocol));
    if (maxVersion) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(JSON.stringify(maxVersion), JSON.stringify(options.secureProtocol));
    const method = kMethods[options.secureProtocol];
    if (!method) {
      const disabled = /^(SSLv[23])_(?:client_|server_)?method$/.exec(options.secureProtocol);
      const error = new TypeError(disabled ? `${disabled[1]} methods disabled` : `Unknown method: ${options.secureProtocol}`);
      error.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
      throw error;
    }
    [minVersion, maxVersion] = method;
  }
  return [minVersion || defaults.minVersion, maxVersion || defaults.maxVersion];
}

// key / cert: [[cert PEM, key PEM, passphrase], ...], each certificate with the key that matches
// it (the host tries them in turn), as OpenSSL pairs node's lists of keys and certificates
function pairsOf(options) {
  // (the certificates are checked first, as node does; { pem, passphrase } only inside an array)
  const certs = !options.cert ? [] : listOf(options.cert).map((cert) => pemOf(cert, 'options.cert'));
  const keys = !options.key ? [] : Array.isArray(options.key)
    ? options.key.map((key) => (key?.pem !== undefined
      ? [pemOf(key.pem, 'options.key'), key.passphrase ?? options.passphrase]
      : [pemOf(key, 'options.key'), options.passphrase]))
    : [[pemOf(options.key, 'options.key'), options.passphrase]];
  if (keys.length === 0) return [];
  return certs.map((cert) => [cert, keys.map(([pem, passphrase]) => [pem, passphrase == null ? null : String(passphrase)])]);
}

// pfx: [[base64 of the PKCS#12 bytes, passphrase], ...]
function pfxOf(options) {
  if (!options.pfx) return null;
  return listOf(options.pfx).map((entry) => {
    let data = entry;
    let passphrase = options.passphrase;
    if (entry !== null && typeof entry === 'object' && !ArrayBuffer.isView(entry)) {
      data = entry.buf;
      passphrase = entry.passphrase ?? passphrase;
    }
    if (typeof data === 'string') data = Buffer.from(data, 'latin1');
    if (!ArrayBuffer.isView(data)) throw new ERR_INVALID_ARG_TYPE('options.pfx', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return [bytes.toString('base64'), passphrase == null ? null : String(passphrase)];
  });
}

// Each certificate of the PEM texts, one string each (a bundle may hold many).
function caOf(options) {
  const ca = options.ca || defaults.ca;   // (node: a falsy key, cert or ca is none)
  if (!ca) return null;
  const out = [];
  for (const entry of listOf(ca)) {
    const text = pemOf(entry, 'options.ca');
    const found = text.match(/-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----[^-]+-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g);
    if (found) out.push(...found.map((pem) => pem.replace(/(X509|TRUSTED) CERTIFICATE/g, 'CERTIFICATE')));
  }
  return out;
}

// node's native context object (secureContext.context): the host's context by id, and the native
// methods programs call on it
class NativeSecureContext {
  constructor(id) {
    this.id = id;
  }

  addCACert(cert) {
    for (const pem of caOf({ ca: cert }) ?? []) host.tlsContextAddCA(this.id, pem);
  }

  // the 48 bytes that encrypt a server's session tickets (random until set)
  getTicketKeys() {
    const keys = host.tlsContextTicketKeys(this.id, null);
    return Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength);
  }

  setTicketKeys(keys) {
    host.tlsContextTicketKeys(this.id, keys);
  }
}

// OpenSSL engines (clientCertEngine, privateKeyEngine + privateKeyIdentifier): checked as node
// checks them; the host loads them
function checkEngines({ clientCertEngine, privateKeyEngine, privateKeyIdentifier }) {
  const types = ['string', 'null', 'undefined'];
  if (clientCertEngine != null && typeof clientCertEngine !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.clientCertEngine', types, clientCertEngine);
  }
  if (privateKeyIdentifier != null) {
    if (privateKeyEngine == null) throw new ERR_INVALID_ARG_VALUE('options.privateKeyEngine', privateKeyEngine);
    if (typeof privateKeyEngine !== 'string') throw new ERR_INVALID_ARG_TYPE('options.privateKeyEngine', types, privateKeyEngine);
    if (typeof privateKeyIdentifier !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.privateKeyIdentifier', types, privateKeyIdentifier);
    }
  }
}

function validateTicketKeys(keys, name) {
  if (!ArrayBuffer.isView(keys)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], keys);
  if (keys.byteLength !== 48) throw new ERR_INVALID_ARG_VALUE(name, keys.byteLength, 'must be exactly 48 bytes');
  return new Uint8Array(keys.buffer, keys.byteOffset, keys.byteLength);
}

class SecureContext {
  constructor(options = {}, server) {
    const [minVersion, maxVersion] = versionsOf(options);
    if (options.ciphers != null) validateString(options.ciphers, 'options.ciphers');
    if (options.ciphers) {
      // (no TLS 1.3 suite and no other cipher: nothing to shake hands with)
      const names = options.ciphers.split(':');
      if (!names.some((name) => name.length > 0)) throw new ERR_INVALID_ARG_VALUE('options.ciphers', names);
    }
    if (options.ecdhCurve != null) validateString(options.ecdhCurve, 'options.ecdhCurve');
    if (options.sigalgs != null) {
      validateString(options.sigalgs, 'options.sigalgs');
      if (options.sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', options.sigalgs);
    }
    if (options.passphrase != null) validateString(options.passphrase, 'options.passphrase');
    checkEngines(options);
    const ticketKeys = options.ticketKeys != null ? validateTicketKeys(options.ticketKeys, 'options.ticketKeys') : null;
    const pairs = pairsOf(options);
    const settings = {
      pairs, pfx: pfxOf(options), ca: caOf(options), minVersion, maxVersion,
      ciphers: options.ciphers ?? defaults.ciphers, ecdhCurve: options.ecdhCurve ?? null, sigalgs: options.sigalgs ?? null,
      clientCertEngine: options.clientCertEngine ?? null,
      privateKeyEngine: options.privateKeyIdentifier != null ? options.privateKeyEngine : null,
      privateKeyIdentifier: options.privateKeyIdentifier ?? null,
      honorCipherOrder: Boolean(options.honorCipherOrder), allowPartialTrustChain: Boolean(options.allowPartialTrustChain),
      dhparam: options.dhparam == null ? null : (options.dhparam === 'auto' ? 'auto' : pemOf(options.dhparam, 'options.dhparam')),
    };
    const id = host.tlsContextCreate(JSON.stringify(settings), server ?? pairs.length > 0);
    if (Array.isArray(id)) throw sslError(id);
    if (settings.dhparam) {
      const warning = host.tlsContextWarning(id);
      if (warning) process.emitWarning(warning, 'SecurityWarning');
    }
    this.context = new NativeSecureContext(id);
    if (ticketKeys) this.context.setTicketKeys(ticketKeys);
    freeContext.register(this, id);
  }
}

// node's error for an OpenSSL failure: [code, message, library, reason, class, opensslErrorStack]
// from the host
function sslError([code, message, library, reason, kind, stack]) {
  const error = kind === 'TypeError' ? new TypeError(message) : new Error(message);
  if (stack) error.opensslErrorStack = stack;
  if (library) error.library = library;
  if (reason) error.reason = reason;
  if (code) error.code = code;
  return error;
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  return new SecureContext(options);
}

function isSecureContext(value) {
  return value instanceof SecureContext;
}

module.exports = { SecureContext, createSecureContext, isSecureContext, sslError, defaults };
