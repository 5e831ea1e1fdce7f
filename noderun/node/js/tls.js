'use strict';
// node:tls: the default settings are exported; TLS itself is not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { crypto: cryptoConstants } = require('internal/constants');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: cryptoConstants.defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() { return []; },
  getCACertificates: notImplemented('getCACertificates'),
  setDefaultCACertificates: notImplemented('setDefaultCACertificates'),
  rootCertificates: Object.freeze([]),
  convertALPNProtocols: notImplemented('convertALPNProtocols'),
  checkServerIdentity: notImplemented('checkServerIdentity'),
  createSecureContext: notImplemented('createSecureContext'),
  SecureContext: notImplementedClass('SecureContext'),
  TLSSocket: notImplementedClass('TLSSocket'),
  Server: notImplementedClass('Server'),
  createServer: notImplemented('createServer'),
  connect: notImplemented('connect'),
};
