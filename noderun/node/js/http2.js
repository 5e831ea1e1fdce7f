'use strict';
// node:http2: servers (h2c over net, h2 over tls with ALPN), client sessions (connect), and the
// compatibility API (a 'request' listener with Http2ServerRequest / Http2ServerResponse). The
// sessions and streams are internal/http2/core.js; the protocol is the host's (h2).

const EventEmitter = require('events');
const net = require('net');
const {
  codes: { ERR_HTTP2_UNSUPPORTED_PROTOCOL, ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const constants = require('internal/http2/constants');
const { ServerHttp2Session, ClientHttp2Session, kSessions } = require('internal/http2/core');
const {
  defaultSettings, getPackedSettings, getUnpackedSettings, validateSettings, MAX_ADDITIONAL_SETTINGS,
} = require('internal/http2/settings');
const { assertIsObject, assertIsArray, kAuthority, kProtocol, kSensitiveHeaders } = require('internal/http2/util');
const { Http2ServerRequest, Http2ServerResponse, onServerStream } = require('internal/http2/compat');

const kOptions = Symbol('options');

// A server's and a client's options.remoteCustomSettings: checked, and copied into `options`.
function copyRemoteCustomSettings(options) {
  assertIsArray(options.remoteCustomSettings, 'options.remoteCustomSettings');
  if (options.remoteCustomSettings) {
    options.remoteCustomSettings = [...options.remoteCustomSettings];
    if (options.remoteCustomSettings.length > MAX_ADDITIONAL_SETTINGS) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
  }
}

function initializeOptions(options) {
  assertIsObject(options, 'options');
  options = { ...options };
  assertIsObject(options.settings, 'options.settings');
  options.settings = { ...options.settings };
  copyRemoteCustomSettings(options);
  if (options.maxSessionInvalidFrames !== undefined) validateUint32(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames');
  if (options.maxSessionRejectedStreams !== undefined) {
    validateUint32(options.maxSessionRejectedStreams, 'maxSessionRejectedStreams');
  }
  if (options.unknownProtocolTimeout !== undefined) validateUint32(options.unknownProtocolTimeout, 'unknownProtocolTimeout');
  else options.unknownProtocolTimeout = 10000;
  options.Http2ServerRequest ||= Http2ServerRequest;
  options.Http2ServerResponse ||= Http2ServerResponse;
  return options;
}

function initializeTLSOptions(options, servername) {
  options = initializeOptions(options);
  if (!options.ALPNCallback) {
    options.ALPNProtocols = ['h2'];
    if (options.allowHTTP1 === true) options.ALPNProtocols.push('http/1.1');
  }
  if (servername !== undefined && !options.servername) options.servername = servername;
  return options;
}

// Each connection becomes a server session; its streams are the server's 'stream' events.
function connectionListener(socket) {
  const options = this[kOptions] || {};
  if (socket.alpnProtocol === false || socket.alpnProtocol === 'http/1.1') {
    if (options.allowHTTP1 === true) {
      // (HTTP/1.1 connections are an https server's)
      require('internal/http/server')._connectionListener.call(this, socket);
      return;
    }
    if (!this.emit('unknownProtocol', socket)) {
      const timer = setTimeout(() => {
        if (!socket.destroyed) socket.destroy();
      }, options.unknownProtocolTimeout);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
      socket.end('HTTP/1.0 403 Forbidden\r\n' +
                 'Content-Type: text/plain\r\n\r\n' +
                 'Missing ALPN Protocol, expected `h2` to be available.\n' +
                 'If this is a HTTP request: The server was not ' +
                 'configured with the `allowHTTP1` option or a ' +
                 'listener for the `unknownProtocol` event.\n');
    }
    return;
  }
  const session = new ServerHttp2Session(options, socket, this);
  const server = this;
  session.on('stream', (stream, headers, flags, rawHeaders) => server.emit('stream', stream, headers, flags, rawHeaders));
  session.on('error', (error) => server.emit('sessionError', error, session));
  if (this.timeout) {
    session.setTimeout(this.timeout, () => {
      if (session.destroyed || session.closed) return;
      if (!server.emit('timeout', session)) session.destroy();
    });
  }
  this.emit('session', session);
}

// The first 'request' listener makes the server's streams compatibility requests (after the
// 'stream' listeners added before it, as node orders them).
function setupCompat(event) {
  if (event !== 'request') return;
  this.removeListener('newListener', setupCompat);
  const options = this[kOptions];
  this.on('stream', (stream, headers, flags, rawHeaders) => onServerStream(this, options, stream, headers, flags, rawHeaders));
}

function setServerTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.on('timeout', callback);
  }
  return this;
}

function updateServerSettings(settings) {
  assertIsObject(settings, 'settings');
  validateSettings(settings);
  this[kOptions].settings = { ...this[kOptions].settings, ...settings };
}

// An error thrown by an async 'stream' or 'request' listener answers 500 (or destroys what
// already responded)
function captureServerRejection(error, event, ...args) {
  if (event === 'stream') {
    const stream = args[0];
    if (stream.sentHeaders) {
      stream.destroy(error);
    } else {
      stream.respond({ ':status': 500 });
      stream.end();
    }
  } else if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.finished) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(require('http').STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, error, event, ...args);
  }
}

// What both servers' constructors do once their base class is made.
function initializeServer(server, options, requestListener) {
  server[kOptions] = options;
  server[kSessions] = new Set();
  server.timeout = 0;
  server.on('newListener', setupCompat);
  if (typeof requestListener === 'function') server.on('request', requestListener);
}

// Both servers' close(): the listening socket's, then each session's.
function closeServer(server, Base, args) {
  Base.prototype.close.apply(server, args);
  for (const session of server[kSessions]) session.close();
  return server;
}

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    options = initializeOptions(options);
    super(options, connectionListener);
    initializeServer(this, options, requestListener);
  }

  close(...args) {
    return closeServer(this, net.Server, args);
  }

  async [Symbol.asyncDispose]() {
    await require('util').promisify(super.close).call(this);
  }
}
Http2Server.prototype.setTimeout = setServerTimeout;
Http2Server.prototype.updateSettings = updateServerSettings;
Http2Server.prototype[EventEmitter.captureRejectionSymbol] = captureServerRejection;

let Http2SecureServer;
function secureServerClass() {
  const tls = require('tls');
  Http2SecureServer ??= class Http2SecureServer extends tls.Server {
    constructor(options, requestListener) {
      options = initializeTLSOptions(options);
      super(options, connectionListener);
      initializeServer(this, options, requestListener);
      if (options.allowHTTP1 === true) {
        require('internal/http/server').storeHTTPOptions.call(this, {
          ...options, IncomingMessage: options.Http1IncomingMessage, ServerResponse: options.Http1ServerResponse,
        });
        this.httpAllowHalfOpen = false;
      }
      this.on('tlsClientError', (error, socket) => {
        // (noderun's tls has reported the error: the socket is only closed)
        if (!this.emit('clientError', error, socket)) socket.destroy();
      });
    }

    close(...args) {
      return closeServer(this, tls.Server, args);
    }
  };
  Http2SecureServer.prototype.setTimeout = setServerTimeout;
  Http2SecureServer.prototype.updateSettings = updateServerSettings;
  return Http2SecureServer;
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2Server(options, handler);
}

function createSecureServer(options, handler) {
  const Server = secureServerClass();
  return new Server(options, handler);
}

// connect(authority[, options][, listener]): a client session, h2c for http:, h2 over TLS for https:
function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  assertIsObject(options, 'options');
  options = { ...options };
  copyRemoteCustomSettings(options);
  if (typeof authority === 'string') authority = new URL(authority);
  assertIsObject(authority, 'authority', ['string', 'Object', 'URL']);
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = `${authority.port !== '' && authority.port !== undefined ? authority.port
    : (authority.protocol === 'http:' ? 80 : 443)}`;
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    socket = net.connect({ port, host, ...options });
  } else if (protocol === 'https:') {
    socket = require('tls').connect(port, host, initializeTLSOptions(options, net.isIP(host) ? undefined : host));
  } else {
    throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  }
  const session = new ClientHttp2Session(options, socket);
  session[kAuthority] = `${options.servername || host}:${port}`;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

Object.defineProperty(connect, require('util').promisify.custom, {
  __proto__: null,
  value: function connect(authority, options) {
    return new Promise((resolve, reject) => {
      const session = module.exports.connect(authority, options, () => {
        session.removeListener('error', reject);
        resolve(session);
      });
      session.once('error', reject);
    });
  },
});

// A server session on a socket someone else accepted (node's performServerHandshake)
function performServerHandshake(socket, options = {}) {
  options = initializeOptions(options);
  return new ServerHttp2Session(options, socket, undefined);
}

module.exports = {
  connect,
  constants,
  createServer,
  createSecureServer,
  getDefaultSettings: defaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake,
  sensitiveHeaders: kSensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
