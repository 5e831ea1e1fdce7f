'use strict';
// node:http2's compatibility API: a 'request' listener gets an Http2ServerRequest (a Readable of
// the stream's body, with HTTP/1-style fields) and an Http2ServerResponse (setHeader / writeHead /
// write / end), so code written for http.createServer runs over HTTP/2. Both only translate: the
// stream (internal/http2/core.js) does the work, and errors of the stream are not forwarded to
// them (node's rule: compatibility code listens to the server's events instead).

const Stream = require('stream');
const { Readable } = Stream;
const {
  codes: {
    ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INFO_STATUS_NOT_ALLOWED, ERR_HTTP2_INVALID_HEADER_VALUE, ERR_HTTP2_INVALID_STREAM,
    ERR_HTTP2_NO_SOCKET_MANIPULATION, ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED, ERR_HTTP2_STATUS_INVALID, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HTTP_TOKEN, ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { _checkIsHttpToken: checkIsHttpToken } = require('internal/http/common');

const kStream = Symbol('kStream');
const kState = Symbol('kState');
const kHeaders = Symbol('kHeaders');
const kRawHeaders = Symbol('kRawHeaders');
const kTrailers = Symbol('kTrailers');
const kRawTrailers = Symbol('kRawTrailers');
const kAborted = Symbol('kAborted');
const kRequest = Symbol('kRequest');
const kResponse = Symbol('kResponse');
const kProxySocket = Symbol('kProxySocket');

const pseudoHeaders = new Set([':status', ':method', ':path', ':authority', ':scheme']);

const warned = new Set();
function warnOnce(message) {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, 'UnsupportedWarning');
}
const statusMessageWarning = 'Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)';
const connectionHeaderWarning = 'The provided connection header is not valid, the value will be dropped from the header and will never be in use.';

function checkHeader(name, value) {
  if (typeof name !== 'string' || name === '' || name.includes(' ')) throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  if (pseudoHeaders.has(name)) throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
}

// 'connection' has no meaning in HTTP/2: node drops it (with one warning) unless it is 'trailers'
function droppedConnectionHeader(name, value) {
  if (name !== 'connection' || value === 'trailers') return false;
  warnOnce(connectionHeaderWarning);
  return true;
}

// -- req.socket / res.socket ---------------------------------------------------------------------
// The session's socket, seen through the stream: reading or writing it directly would corrupt the
// HTTP/2 framing, so those throw; the event and lifetime methods are the stream's.

const streamMethods = new Set(['on', 'once', 'end', 'emit', 'destroy']);
const forbidden = new Set(['write', 'read', 'pause', 'resume']);

function socketOf(stream) {
  return stream.session !== undefined ? stream.session.socket : stream;
}

const proxySocketHandler = {
  get(stream, prop) {
    if (streamMethods.has(prop)) return stream[prop].bind(stream);
    if (prop === 'writable' || prop === 'destroyed') return stream[prop];
    if (prop === 'readable') {
      if (stream.destroyed) return false;
      return (stream[kRequest] ?? stream).readable;
    }
    if (prop === 'setTimeout') {
      const target = stream.session ?? stream;
      return target.setTimeout.bind(target);
    }
    if (forbidden.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = socketOf(stream);
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  getPrototypeOf(stream) {
    return Reflect.getPrototypeOf(socketOf(stream));
  },
  set(stream, prop, value) {
    if (forbidden.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    if (streamMethods.has(prop) || prop === 'writable' || prop === 'readable' || prop === 'destroyed') {
      stream[prop] = value;
    } else if (prop === 'setTimeout') {
      (stream.session ?? stream).setTimeout = value;
    } else {
      socketOf(stream)[prop] = value;
    }
    return true;
  },
};

function proxySocket(stream) {
  stream[kProxySocket] ??= new Proxy(stream, proxySocketHandler);
  return stream[kProxySocket];
}

// -- the request ---------------------------------------------------------------------------------

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream[kRequest] = this;
    stream.on('trailers', (trailers, flags, raw) => {
      Object.assign(this[kTrailers], trailers);
      this[kRawTrailers].push(...raw);
    });
    stream.on('end', () => this.push(null));
    stream.on('error', () => {});
    stream.on('aborted', () => {
      if (this[kState].closed) return;
      this[kAborted] = true;
      this.emit('aborted');
    });
    stream.on('close', () => this._onStreamClose());
    stream.on('timeout', () => this.emit('timeout'));
    this.on('pause', () => stream.pause());
    this.on('resume', () => stream.resume());
  }

  _onStreamClose() {
    const state = this[kState];
    state.closed = true;
    this.push(null);
    // a body no one reads is dumped, as HTTP/1's is
    if (!state.didRead && !this._readableState.resumeScheduled) this.resume();
    this[kStream][kProxySocket] = null;
    this[kStream][kRequest] = undefined;
    this.emit('close');
  }

  get aborted() { return this[kAborted]; }
  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }

  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get rawHeaders() { return this[kRawHeaders]; }
  get trailers() { return this[kTrailers]; }
  get rawTrailers() { return this[kRawTrailers]; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get httpVersion() { return '2.0'; }
  get socket() { return proxySocket(this[kStream]); }
  get connection() { return this.socket; }

  // The first read attaches to the stream's data; later ones resume it.
  _read() {
    const state = this[kState];
    const stream = this[kStream];
    if (state.didRead) {
      process.nextTick(() => stream.resume());
      return;
    }
    state.didRead = true;
    stream.on('data', (chunk) => {
      if (stream[kRequest] !== undefined && !this.push(chunk)) stream.pause();
    });
  }

  get method() { return this[kHeaders][':method']; }
  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][':method'] = method;
  }

  // :authority, else (an HTTP/1 style request) the host header
  get authority() {
    const headers = this[kHeaders];
    return headers[':authority'] ?? headers.host;
  }

  get scheme() { return this[kHeaders][':scheme']; }
  get url() { return this[kHeaders][':path']; }
  set url(url) { this[kHeaders][':path'] = url; }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

// -- the response --------------------------------------------------------------------------------

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = { closed: false, ending: false, destroyed: false, headRequest: false, sendDate: true, statusCode: 200 };
    this[kHeaders] = { __proto__: null };
    this[kTrailers] = { __proto__: null };
    this[kStream] = stream;
    stream[kResponse] = this;
    this.writable = true;
    this.req = stream[kRequest];
    stream.on('drain', () => this.emit('drain'));
    stream.on('close', () => this._onStreamClose());
    stream.on('wantTrailers', () => stream.sendTrailers(this[kTrailers]));
    stream.on('timeout', () => this.emit('timeout'));
  }

  _onStreamClose() {
    const stream = this[kStream];
    if (stream[kResponse] !== this) return;
    const state = this[kState];
    if (stream.headRequest !== state.headRequest) return;
    state.closed = true;
    stream[kProxySocket] = null;
    stream[kResponse] = undefined;
    this.emit('finish');
    this.emit('close');
  }

  // (frameworks check only that it is truthy once the head went out)
  get _header() { return this.headersSent; }
  get writableEnded() { return this[kState].ending; }
  get finished() { return this[kState].ending; }
  get socket() { return this[kState].closed ? undefined : proxySocket(this[kStream]); }
  get connection() { return this.socket; }
  get stream() { return this[kStream]; }
  get headersSent() { return this[kStream].headersSent; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(value) { this[kState].sendDate = Boolean(value); }
  get writableCorked() { return this[kStream].writableCorked; }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableFinished() { return this[kStream].writableFinished; }
  get writableLength() { return this[kStream].writableLength; }

  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }

  get statusMessage() {
    warnOnce(statusMessageWarning);
    return '';
  }

  set statusMessage(message) {
    warnOnce(statusMessageWarning);
  }

  setTrailer(name, value) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    checkHeader(name, value);
    this[kTrailers][name] = value;
  }

  addTrailers(headers) {
    for (const name of Object.keys(headers)) this.setTrailer(name, headers[name]);
  }

  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }

  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getHeaders() { return Object.assign({ __proto__: null }, this[kHeaders]); }

  hasHeader(name) {
    validateString(name, 'name');
    return Object.hasOwn(this[kHeaders], name.trim().toLowerCase());
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') this[kState].sendDate = false;   // (no date then, as node)
    delete this[kHeaders][name];
  }

  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this._storeHeader(name, value, false);
    return this;
  }

  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this._storeHeader(name, value, true);
    return this;
  }

  // A header into the response's head; a name that is no HTTP token destroys the response.
  _storeHeader(name, value, append) {
    name = name.trim().toLowerCase();
    checkHeader(name, value);
    if (droppedConnectionHeader(name, value)) return;
    if (!checkIsHttpToken(name)) {
      this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', name));
      return;
    }
    const headers = this[kHeaders];
    const existing = headers[name];
    if (append && existing !== undefined) {
      headers[name] = [].concat(existing, value);
    } else {
      headers[name] = value;
    }
  }

  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  // headers: an object (each value set), or an array of [name, value] pairs or a flat
  // [name, value, ...] list (each value appended)
  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this[kStream].destroyed) return this;
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') warnOnce(statusMessageWarning);
    if (headers === undefined && typeof statusMessage === 'object') headers = statusMessage;
    if (Array.isArray(headers)) {
      if (headers.length > 0 && Array.isArray(headers[0])) {
        for (const [name, value] of headers) this._storeHeader(name, value, true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this._storeHeader(headers[i], headers[i + 1], true);
      }
    } else if (headers !== null && typeof headers === 'object') {
      for (const name of Object.keys(headers)) this._storeHeader(name, headers[name], false);
    }
    state.statusCode = statusCode;
    this._beginSend();
    return this;
  }

  _beginSend() {
    const state = this[kState];
    const headers = this[kHeaders];
    headers[':status'] = state.statusCode;
    this[kStream].respond(headers, { endStream: state.ending, waitForTrailers: true, sendDate: state.sendDate });
  }

  cork() { this[kStream].cork(); }
  uncork() { this[kStream].uncork(); }

  write(chunk, encoding, callback) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = 'utf8';
    }
    let error;
    if (state.ending) error = new ERR_STREAM_WRITE_AFTER_END();
    else if (state.closed) error = new ERR_HTTP2_INVALID_STREAM();
    else if (state.destroyed) return false;
    if (error) {
      if (typeof callback === 'function') process.nextTick(callback, error);
      this.destroy(error);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    return stream.write(chunk, encoding, callback);
  }

  end(chunk, encoding, callback) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof callback === 'function') process.nextTick(callback);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof callback === 'function') {
      if (stream.writableEnded) this.once('finish', callback);
      else stream.once('finish', callback);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (state.closed || stream.destroyed) this._onStreamClose();
    else stream.end();
    return this;
  }

  destroy(error) {
    const state = this[kState];
    if (state.destroyed) return;
    state.destroyed = true;
    this[kStream].destroy(error);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return;
    this[kStream].setTimeout(msecs, callback);
  }

  createPushResponse(headers, callback) {
    validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (error, stream) => {
      if (error) callback(error);
      else callback(null, new Http2ServerResponse(stream));
    });
  }

  // 100 Continue as an informational head (false once the response began)
  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  // 103 Early Hints: a Link header (string or array of links) and any other hint headers
  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    const { validateLinkHeaderValue } = require('internal/http/server');
    const headers = { __proto__: null };
    const link = validateLinkHeaderValue(hints.link, 'hints');
    for (const name of Object.keys(hints)) {
      if (name !== 'link') headers[name] = hints[name];
    }
    if (link.length === 0) return false;
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ...headers, ':status': 103, link });
    return true;
  }
}

// A server stream as compatibility objects: CONNECT goes to 'connect' (else 405), 'expect:
// 100-continue' to 'checkContinue' (else a 100 and 'request'), any other expectation to
// 'checkExpectation' (else 417); everything else is a 'request'.
function onServerStream(server, options, stream, headers, flags, rawHeaders) {
  const Request = options.Http2ServerRequest ?? Http2ServerRequest;
  const Response = options.Http2ServerResponse ?? Http2ServerResponse;
  const request = new Request(stream, headers, undefined, rawHeaders);
  const response = new Response(stream);
  if (headers[':method'] === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = 405;
      response.end();
    }
    return;
  }
  const expect = headers.expect;
  if (expect !== undefined) {
    if (expect === '100-continue') {
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = 417;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = { Http2ServerRequest, Http2ServerResponse, onServerStream };
