'use strict';
// node:https: HTTP over TLS. The server is a tls.Server whose secure connections go to http's
// connection listener (internal/http/server.js); the client is http's ClientRequest with an Agent
// whose connections are tls.connect's, keeping TLS sessions per origin for resumption.

const tls = require('tls');
const { URL, urlToHttpOptions } = require('url');

// http's server side, loaded with the first https.Server
function httpServer() {
  return require('internal/http/server');
}
const { Agent: HttpAgent } = require('internal/http/agent');
const { ClientRequest } = require('internal/http/client');
const { validateObject } = require('internal/validators');

// -- Server --------------------------------------------------------------------------------------------

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  const { storeHTTPOptions, _connectionListener, setupConnectionsTracking } = httpServer();
  storeHTTPOptions.call(this, opts);
  const tlsOptions = { noDelay: true, ...opts };
  if (!opts.ALPNProtocols && !opts.ALPNCallback) tlsOptions.ALPNProtocols = ['http/1.1'];
  tls.Server.call(this, tlsOptions, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function onTlsClientError(error, connection) {
    if (!this.emit('clientError', error, connection)) connection.destroy(error);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

// what an https.Server does as an http.Server does
for (const name of ['closeAllConnections', 'closeIdleConnections', 'setTimeout', Symbol.asyncDispose]) {
  Server.prototype[name] = function httpMethod(...args) {
    return httpServer().Server.prototype[name].apply(this, args);
  };
}

Server.prototype.close = function close(...args) {
  const { httpServerPreClose, kConnectionsCheckingInterval } = httpServer();
  if (httpServerPreClose) httpServerPreClose(this);
  else if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  return tls.Server.prototype.close.apply(this, args);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// -- Agent ---------------------------------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  options = { __proto__: null, ...options };
  options.defaultPort ??= 443;
  options.protocol ??= 'https:';
  HttpAgent.call(this, options);
  this.defaultPort = options.defaultPort;
  this.protocol = options.protocol;
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

// createConnection(port[, host][, options]) or (options): tls.connect, resuming the origin's session
Agent.prototype.createConnection = function createConnection(...args) {
  let options;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = { ...args[0] };
  } else if (args[1] !== null && typeof args[1] === 'object') {
    options = { ...args[1] };
  } else if (args[2] === null || typeof args[2] !== 'object') {
    options = {};
  } else {
    options = { ...args[2] };
  }
  if (typeof args[0] === 'number') options.port = args[0];
  if (typeof args[1] === 'string') options.host = args[1];
  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options._agentKey) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(options._agentKey);
    });
  }
  return socket;
};

// The TLS options that make two connections to one origin different ones.
const kNameOptions = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
                      'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam',
                      'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of kNameOptions) {
    name += ':';
    const value = options[key];
    if (key === 'rejectUnauthorized') {
      if (value !== undefined) name += value;
    } else if (key === 'servername') {
      if (value && value !== options.host) name += value;
    } else if (key === 'honorCipherOrder' || key === 'secureOptions') {
      if (value !== undefined) name += value;
    } else if (key === 'sigalgs') {
      if (value) name += JSON.stringify(value);
    } else if (value) {
      name += value;
    }
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  if (cache.list.length >= this.maxCachedSessions) delete cache.map[cache.list.shift()];
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const index = cache.list.indexOf(key);
  if (index === -1) return;
  cache.list.splice(index, 1);
  delete cache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000, proxyEnv: undefined });

// -- request / get -------------------------------------------------------------------------------------

// request(url | options[, options][, callback]): http's ClientRequest with this module's globalAgent
function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] instanceof URL) {
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
