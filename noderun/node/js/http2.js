'use strict';
// node:http2: servers (h2c over net, h2 over tls with ALPN), client sessions (connect), and the
// compatibility API (a 'request' listener with Http2ServerRequest / Http2ServerResponse). The
// sessions and streams are internal/http2/core.js; the protocol is the host's (h2).

const net = require('net');
const {
  codes: { ERR_HTTP2_UNSUPPORTED_PROTOCOL, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateObject, validateFunction, validateUint32 } = require('internal/validators');
const constants = require('internal/http2/constants');
const { ServerHttp2Session, ClientHttp2Session, kAuthority, kProtocol } = require('internal/http2/core');
const { defaultSettings, getPackedSettings, getUnpackedSettings } = require('internal/http2/settings');
const { Http2ServerRequest, Http2ServerResponse, onServerStream } = require('internal/http2/compat');

const kOptions = Symbol('kOptions');
const kSessions = Symbol('kSessions');

// server.close(): no new connections, and each session closes gracefully (its open streams
// finish), so the server's 'close' comes once they have
function closeServer(server, close, callback) {
  close.call(server, callback);
  for (const session of server[kSessions]) session.close();
  return server;
}
const sensitiveHeaders = Symbol('nodejs.http2.sensitiveHeaders');

// Each connection becomes a server session; its streams are the server's 'stream' events, and,
// when someone listens for 'request', compatibility requests.
function sessionFor(server, socket) {
  const session = new ServerHttp2Session(server[kOptions], socket, server);
  session.on('stream', (stream, headers, flags, rawHeaders) => {
    server.emit('stream', stream, headers, flags, rawHeaders);
  });
  session.on('error', (error) => {
    if (server.listenerCount('sessionError') > 0) server.emit('sessionError', error, session);
  });
  if (server.timeout) session.setTimeout(server.timeout, () => server.emit('timeout', session));
  server[kSessions].add(session);
  session.once('close', () => server[kSessions].delete(session));
  server.emit('session', session);
  return session;
}

// The first 'request' listener makes the server's streams compatibility requests (after the
// 'stream' listeners added before it, as node orders them).
function setupCompat(event) {
  if (event !== 'request') return;
  this.removeListener('newListener', setupCompat);
  const options = this[kOptions];
  this.on('stream', (stream, headers, flags, rawHeaders) => onServerStream(this, options, stream, headers, flags, rawHeaders));
}

// (createServer also takes the listener first; createSecureServer wants options first)
function normalizeServerArgs(options, requestListener, listenerFirst) {
  if (listenerFirst && typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === undefined) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  if (options.settings !== undefined) validateObject(options.settings, 'options.settings');
  for (const name of ['maxSessionInvalidFrames', 'maxSessionRejectedStreams']) {
    if (options[name] !== undefined) validateUint32(options[name], name);
  }
  return [{ ...options }, requestListener];
}

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    [options, requestListener] = normalizeServerArgs(options, requestListener, true);
    super(options, (socket) => sessionFor(this, socket));
    this[kOptions] = options;
    this[kSessions] = new Set();
    this.timeout = 0;
    this.on('newListener', setupCompat);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (typeof callback === 'function') this.on('timeout', callback);
    return this;
  }

  close(callback) {
    return closeServer(this, net.Server.prototype.close, callback);
  }

  updateSettings(settings) {
    validateObject(settings, 'settings');
    this[kOptions].settings = { ...this[kOptions].settings, ...settings };
  }
}

let Http2SecureServer;
function secureServerClass() {
  const tls = require('tls');
  Http2SecureServer ??= class Http2SecureServer extends tls.Server {
    constructor(options, requestListener) {
      [options, requestListener] = normalizeServerArgs(options, requestListener);
      const ALPNProtocols = options.allowHTTP1 ? ['h2', 'http/1.1'] : ['h2'];
      super({ ...options, ALPNProtocols });
      this[kOptions] = options;
      this[kSessions] = new Set();
      if (options.allowHTTP1) {   // HTTP/1.1 connections are an https server's
        require('internal/http/server').storeHTTPOptions.call(this, {
          ...options, IncomingMessage: options.Http1IncomingMessage, ServerResponse: options.Http1ServerResponse,
        });
        this.httpAllowHalfOpen = false;
      }
      this.timeout = 0;
      this.on('newListener', setupCompat);
      if (typeof requestListener === 'function') this.on('request', requestListener);
      this.on('secureConnection', (socket) => {
        if (socket.alpnProtocol === 'h2') {
          sessionFor(this, socket);
        } else if (options.allowHTTP1) {
          require('internal/http/server')._connectionListener.call(this, socket);
        } else if (this.listenerCount('unknownProtocol') > 0) {
          this.emit('unknownProtocol', socket);
        } else {
          socket.destroy();
        }
      });
    }

    setTimeout(msecs, callback) {
      return Http2Server.prototype.setTimeout.call(this, msecs, callback);
    }

    close(callback) {
      return closeServer(this, tls.Server.prototype.close, callback);
    }

    updateSettings(settings) {
      return Http2Server.prototype.updateSettings.call(this, settings);
    }
  };
  return Http2SecureServer;
}

function createServer(options, requestListener) {
  return new Http2Server(options, requestListener);
}

function createSecureServer(options, requestListener) {
  const Server = secureServerClass();
  return new Server(options, requestListener);
}

// connect(authority[, options][, listener]): a client session, h2c for http:, h2 over TLS for https:
function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { ...options };
  if (typeof authority === 'string') authority = new URL(authority);
  else if (authority === null || typeof authority !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('authority', ['string', 'URL'], authority);
  }
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = `${authority.port !== '' && authority.port !== undefined ? authority.port : (protocol === 'http:' ? 80 : 443)}`;
  let host = authority.hostname || authority.host || 'localhost';
  if (host.startsWith('[')) host = host.slice(1, -1);
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else if (protocol === 'http:') {
    socket = net.connect({ ...options, port, host });
  } else if (protocol === 'https:') {
    socket = require('tls').connect({ servername: host, ...options, port, host, ALPNProtocols: ['h2'] });
  } else {
    throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
  }
  const session = new ClientHttp2Session(options, socket);
  session[kAuthority] = `${options.servername || (host.includes(':') ? `[${host}]` : host)}:${port}`;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

// A server session on a socket someone else accepted (node's performServerHandshake)
function performServerHandshake(socket, options = {}) {
  validateObject(options, 'options');
  return new ServerHttp2Session({ ...options }, socket, null);
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
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
