'use strict';
// node:http: the data (METHODS, STATUS_CODES, maxHeaderSize) and header validation work; clients and
// servers are not implemented.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { METHODS, STATUS_CODES } = require('internal/http_data');
const { Agent, globalAgent } = require('internal/http/agent');

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function invalidHeader(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRegExp.test(name)) {
    throw invalidHeader('ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw invalidHeader('ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  if (headerCharRegex.test(value)) throw invalidHeader('ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
}

module.exports = {
  _connectionListener: notImplemented('_connectionListener'),
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest: notImplementedClass('ClientRequest'),
  IncomingMessage: notImplementedClass('IncomingMessage'),
  OutgoingMessage: notImplementedClass('OutgoingMessage'),
  Server: notImplementedClass('Server'),
  ServerResponse: notImplementedClass('ServerResponse'),
  createServer: notImplemented('createServer'),
  validateHeaderName,
  validateHeaderValue,
  get: notImplemented('get'),
  request: notImplemented('request'),
  setMaxIdleHTTPParsers: notImplemented('setMaxIdleHTTPParsers'),
  maxHeaderSize: 16384,
  globalAgent,
};
// node 24 re-exports undici's WebSocket classes; MessageEvent is the global one noderun has.
const webSocketClasses = { WebSocket: notImplementedClass('WebSocket'), CloseEvent: notImplementedClass('CloseEvent') };
for (const name of ['WebSocket', 'CloseEvent', 'MessageEvent']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true, configurable: true,
    get: () => webSocketClasses[name] ?? globalThis[name],
  });
}
