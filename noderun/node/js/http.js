'use strict';
// node:http: the data (METHODS, STATUS_CODES, maxHeaderSize), header validation, IncomingMessage
// and OutgoingMessage work; clients and servers are not implemented yet.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');
const { METHODS, STATUS_CODES } = require('internal/http_data');
const { Agent, globalAgent } = require('internal/http/agent');

const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('internal/http/outgoing');

module.exports = {
  _connectionListener: notImplemented('_connectionListener'),
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest: notImplementedClass('ClientRequest'),
  IncomingMessage,
  OutgoingMessage,
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
