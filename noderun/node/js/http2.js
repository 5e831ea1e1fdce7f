'use strict';
// node:http2: not implemented (constants are left out rather than guessed).

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

module.exports = {
  connect: notImplemented('connect'),
  constants: {},
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  getDefaultSettings: notImplemented('getDefaultSettings'),
  getPackedSettings: notImplemented('getPackedSettings'),
  getUnpackedSettings: notImplemented('getUnpackedSettings'),
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  Http2ServerRequest: notImplementedClass('Http2ServerRequest'),
  Http2ServerResponse: notImplementedClass('Http2ServerResponse'),
};
