'use strict';
// node:http: servers (internal/http/server.js), the client (internal/http/client.js and
// agent.js), the messages both sides share, METHODS, STATUS_CODES, maxHeaderSize and header
// validation.

const { METHODS, STATUS_CODES } = require('internal/http_data');
const agentModule = require('internal/http/agent');
const { ClientRequest } = require('internal/http/client');

const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('internal/http/outgoing');
const { Server, ServerResponse, _connectionListener } = require('internal/http/server');
const { parsers } = require('internal/http/common');
const { validateInteger } = require('internal/validators');

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
  parsers.max = max;
}

module.exports = {
  _connectionListener,
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent: agentModule.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: 16384,
};
// http.globalAgent is _http_agent's: replacing it changes the agent requests use by default
Object.defineProperty(module.exports, 'globalAgent', {
  enumerable: true, configurable: true,
  get: () => agentModule.globalAgent,
  set: (value) => { agentModule.globalAgent = value; },
});
// --max-http-header-size decides it (read on first use)
Object.defineProperty(module.exports, 'maxHeaderSize', {
  enumerable: true, configurable: true,
  get: () => require('internal/http/common').defaultMaxHeaderSize(),
});
// node 24 re-exports undici's WebSocket, CloseEvent and MessageEvent (the globals' classes).
for (const [name, id] of [['WebSocket', 'internal/websocket/websocket'], ['CloseEvent', 'internal/websocket/websocket'],
  ['MessageEvent', 'internal/worker/messaging']]) {
  Object.defineProperty(module.exports, name, { enumerable: true, configurable: true, get: () => require(id)[name] });
}
