'use strict';
// crypto.X509Certificate: a certificate read by OpenSSL in the host (node/host_x509.py), which
// describes it when first asked (the fields below) and makes the checks node makes with OpenSSL
// (checkHost / checkEmail / checkIP / checkIssued). publicKey, verify and checkPrivateKey need
// KeyObject, which noderun does not have yet: they are missing, not faked.

const { Buffer } = require('buffer');
const { isIP } = require('net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');

const kInfo = Symbol('kInfo');
const kIssuer = Symbol('kIssuer');
const kDetails = Symbol('kDetails');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// X509_CHECK_FLAG_* (OpenSSL's x509v3.h)
const ALWAYS_CHECK_SUBJECT = 0x1;
const NO_WILDCARDS = 0x2;
const NO_PARTIAL_WILDCARDS = 0x4;
const MULTI_LABEL_WILDCARDS = 0x8;
const SINGLE_LABEL_SUBDOMAINS = 0x10;
const NEVER_CHECK_SUBJECT = 0x20;

// node's error for an OpenSSL failure: [code, message, library, reason]
function opensslError([code, message, library, reason]) {
  const error = new Error(message);
  if (library) error.library = library;
  if (reason) error.reason = reason;
  if (code) error.code = code;
  return error;
}

function bufferOf(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// the checks' options as OpenSSL's flags
function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
          singleLabelSubdomains = false } = options;
  let flags = 0;
  if (subject === 'always') flags |= ALWAYS_CHECK_SUBJECT;
  else if (subject === 'never') flags |= NEVER_CHECK_SUBJECT;
  else if (subject !== 'default') throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!wildcards) flags |= NO_WILDCARDS;
  if (!partialWildcards) flags |= NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

// The host's description of a certificate -> the object tlsSocket.getPeerCertificate() gives
// (subject / issuer without prototype, raw and pubkey as Buffers).
function legacyObject(described) {
  const cert = {};
  for (const [key, value] of Object.entries(described)) {
    if (key === 'subject' || key === 'issuer' || key === 'infoAccess') {
      cert[key] = value == null ? undefined : Object.assign(Object.create(null), value);
    } else if (value instanceof Uint8Array) {
      cert[key] = bufferOf(value);
    } else {
      cert[key] = value ?? undefined;
    }
  }
  return cert;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const parsed = host.x509Parse(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    if (typeof parsed[0] === 'string') throw opensslError(parsed);
    const [der, subject, issuer, serialNumber] = parsed;
    this[kInfo] = { der: bufferOf(der), subject, issuer, serialNumber, details: null };
    this[kIssuer] = undefined;
  }

  // the rest of the description, made on first use: [fields, infoAccess, signature and dates]
  get [kDetails]() {
    const info = this[kInfo];
    info.details ??= host.x509Describe(info.der);
    return info.details;
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = {};
    for (const name of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'validFromDate',
                        'validToDate', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber',
                        'signatureAlgorithm', 'signatureAlgorithmOid']) {
      fields[name] = this[name];
    }
    return `X509Certificate ${inspect(fields, nested)}`;
  }

  get subject() { return this[kInfo].subject; }
  get subjectAltName() { return this[kDetails][0].subjectaltname ?? undefined; }
  get issuer() { return this[kInfo].issuer; }
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() { return this[kDetails][1] ?? undefined; }
  get validFrom() { return this[kDetails][0].valid_from; }
  get validTo() { return this[kDetails][0].valid_to; }
  get validFromDate() { return new Date(this[kDetails][2][2] * 1000); }
  get validToDate() { return new Date(this[kDetails][2][3] * 1000); }
  get fingerprint() { return this[kDetails][0].fingerprint; }
  get fingerprint256() { return this[kDetails][0].fingerprint256; }
  get fingerprint512() { return this[kDetails][0].fingerprint512; }
  get keyUsage() { return this[kDetails][0].ext_key_usage ?? undefined; }
  get serialNumber() { return this[kInfo].serialNumber; }
  get signatureAlgorithm() { return this[kDetails][2][0] ?? undefined; }
  get signatureAlgorithmOid() { return this[kDetails][2][1]; }
  get raw() { return this[kInfo].der; }
  get ca() { return this[kDetails][0].ca; }

  toString() {
    const base64 = this[kInfo].der.toString('base64');
    const lines = base64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
  }

  toJSON() { return this.toString(); }

  toLegacyObject() { return legacyObject(this[kDetails][0]); }

  checkHost(name, options) {
    validateString(name, 'name');
    return host.x509Check(this[kInfo].der, 'host', name, checkFlags(options)) ?? undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return host.x509Check(this[kInfo].der, 'email', email, checkFlags(options)) ?? undefined;
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    checkFlags(options);   // (none changes what X509_check_ip does; node still checks them)
    if (!isIP(ip)) {
      const error = new TypeError('Invalid IP');
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    return host.x509Check(this[kInfo].der, 'ip', ip, 0) ?? undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return host.x509CheckIssued(this[kInfo].der, otherCert[kInfo].der);
  }
}

// A certificate chain as the host describes it (tlsSocket's peer chain: DER of each, issuer after
// subject) -> X509Certificates linked by issuerCertificate.
function x509Chain(ders) {
  const certs = ders.map((der) => new X509Certificate(der));
  for (let i = 0; i < certs.length - 1; i++) certs[i][kIssuer] = certs[i + 1];
  return certs[0];
}

module.exports = { X509Certificate, x509Chain, legacyObject };
