'use strict';
// node:http2's compatibility API: a 'request' listener gets an Http2ServerRequest (a Readable of
// the stream's body, with HTTP/1-style fields) and an Http2ServerResponse (setHeader / writeHead /
// write / end), so code written for http.createServer runs over HTTP/2.

const Stream = require('stream');
const { Readable } = Stream;
const {
  codes: { ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_STATUS_INVALID, ERR_STREAM_WRITE_AFTER_END },
} = require('internal/errors');
const { validateHeaderName, validateHeaderValue } = require('http');

const kStream = Symbol('kStream');
const kHeaders = Symbol('kHeaders');

class Http2ServerRequest extends Readable {
  constructor(stream, headers, rawHeaders) {
    super({ autoDestroy: false });
    this[kStream] = stream;
    this.headers = headers;
    this.rawHeaders = rawHeaders;
    this.trailers = {};
    this.rawTrailers = [];
    this.complete = false;
    stream.on('data', (chunk) => {
      if (!this.push(chunk)) stream.pause();
    });
    stream.on('end', () => {
      this.complete = true;
      this.push(null);
    });
    stream.on('trailers', (trailers, flags, raw) => {
      this.trailers = trailers;
      this.rawTrailers = raw;
    });
    stream.on('aborted', () => this.emit('aborted'));
    stream.on('close', () => this.emit('close'));
    stream.on('error', () => {});   // the response's error handling reports it
  }

  get stream() { return this[kStream]; }
  get aborted() { return this[kStream].aborted; }
  get method() { return this.headers[':method']; }
  get url() { return this.headers[':path']; }
  set url(value) { this.headers[':path'] = value; }
  get authority() { return this.headers[':authority']; }
  get scheme() { return this.headers[':scheme']; }
  get httpVersion() { return '2.0'; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get socket() { return this[kStream].session?.socket; }
  get connection() { return this.socket; }

  _read() {
    this[kStream].resume();
  }

  setTimeout(msecs, callback) {
    this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, request) {
    super();
    this[kStream] = stream;
    this[kHeaders] = { __proto__: null };
    this.req = request;
    this.statusCode = 200;
    this.sendDate = true;
    this.writable = true;
    this.finished = false;
    this.writableEnded = false;
    stream.on('wantTrailers', () => {
      stream.sendTrailers(this._trailers ?? {});
    });
    stream.on('drain', () => this.emit('drain'));
    stream.on('close', () => {
      this.writable = false;
      this.emit('close');
    });
    stream.on('finish', () => this.emit('finish'));
    stream.on('error', (error) => {
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
  }

  get stream() { return this[kStream]; }
  get socket() { return this[kStream].session?.socket; }
  get connection() { return this.socket; }
  get headersSent() { return this[kStream].headersSent; }
  get writableFinished() { return this[kStream].writableFinished; }
  get statusMessage() { return ''; }
  set statusMessage(value) {}

  setHeader(name, value) {
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this[kHeaders][name.toLowerCase()] = value;
    return this;
  }

  appendHeader(name, value) {
    const key = name.toLowerCase();
    const existing = this[kHeaders][key];
    this.setHeader(name, existing === undefined ? value : [].concat(existing, value));
    return this;
  }

  getHeader(name) { return this[kHeaders][String(name).toLowerCase()]; }
  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getHeaders() { return { __proto__: null, ...this[kHeaders] }; }
  hasHeader(name) { return String(name).toLowerCase() in this[kHeaders]; }

  removeHeader(name) {
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    delete this[kHeaders][String(name).toLowerCase()];
  }

  addTrailers(headers) {
    this._trailers = { ...this._trailers, ...headers };
  }

  writeHead(statusCode, statusMessage, headers) {
    if (typeof statusMessage !== 'string') headers = statusMessage;
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP2_STATUS_INVALID(statusCode);
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const name of Object.keys(headers)) this.setHeader(name, headers[name]);
    }
    this._respond();
    return this;
  }

  _respond() {
    if (this.headersSent) return;
    const stream = this[kStream];
    if (stream.destroyed) return;
    stream.respond({ ...this[kHeaders], ':status': this.statusCode },
                   { sendDate: this.sendDate, waitForTrailers: true });
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = 'utf8';
    }
    const stream = this[kStream];
    if (this.writableEnded) {
      const error = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => (callback ? callback(error) : this.emit('error', error)));
      return false;
    }
    if (stream.destroyed) {
      if (callback) process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return false;
    }
    this._respond();
    return stream.write(chunk, encoding, callback);
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = 'utf8';
    }
    if (this.writableEnded) return this;
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    this.writableEnded = true;
    this.finished = true;
    if (typeof callback === 'function') this.once('finish', callback);
    this._respond();
    if (!this[kStream].destroyed) this[kStream].end();
    return this;
  }

  setTimeout(msecs, callback) {
    this[kStream].setTimeout(msecs, callback);
    return this;
  }

  createPushResponse(headers, callback) {
    this[kStream].pushStream(headers, {}, (error, stream) => {
      if (error) callback(error);
      else callback(null, new Http2ServerResponse(stream));
    });
  }
}

module.exports = { Http2ServerRequest, Http2ServerResponse };
