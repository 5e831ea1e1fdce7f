'use strict';
// node:_http_outgoing: OutgoingMessage, what ServerResponse and ClientRequest share: the header
// map, the head's text (_storeHeader: Connection, Content-Length or chunked, Date), and the body's
// framing (chunked encoding, content-length checks) written to the socket, or queued in
// outputData until the message has one. Like node's, it is a legacy Stream, not a Writable.

const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const { getDefaultHighWaterMark } = require('internal/streams/utils');
const { validateString } = require('internal/validators');
const { isUint8Array } = require('util/types');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar,
        chunkExpression: RE_TE_CHUNKED, lowerCaseName } = require('internal/http/common');
const { kOutHeaders, kNeedDrain } = require('internal/http');
const { utcDateLine } = require('internal/http/date');
const { writeWhole } = require('net');

const kCorked = Symbol('corked');
const kSocket = Symbol('kSocket');
const kErrored = Symbol('errored');
const kBytesWritten = Symbol('kBytesWritten');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kUniqueHeaders = Symbol('kUniqueHeaders');

const CRLF = '\r\n';
const crlfBuffer = Buffer.from(CRLF);
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const nop = () => {};

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR(`Invalid character in header content ["${name}"]`);
}

// A uniqueHeaders option: the lower-cased names to send once, values joined with '; '.
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const header of headers) unique.add(header.toLowerCase());
  return unique;
}

// A message's state starts as the defaults below, on the prototype: a response of the common kind
// changes few of them, and each property a new object gets costs it hundreds of instructions in
// this engine (a response had 32 of its own before its first header). What a message changes
// becomes its own, as in node.
function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  const highWaterMark = options?.highWaterMark;
  this[kHighWaterMark] = highWaterMark ?? getDefaultHighWaterMark();
  if (options?.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
}

const outgoingDefaults = {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  [kBytesWritten]: 0,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  [kNeedDrain]: false,
  finished: false,
  _headerSent: false,
  [kCorked]: 0,
  _closed: false,
  [kSocket]: null,
  _header: null,
  [kOutHeaders]: null,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kErrored]: null,
  [kRejectNonStandardBodyWrites]: false,
  [kUniqueHeaders]: null,
};
Object.assign(OutgoingMessage.prototype, outgoingDefaults);
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function getter(get, set) {
  return { configurable: true, enumerable: true, get, set };
}

Object.defineProperties(OutgoingMessage.prototype, {
  errored: getter(function() { return this[kErrored]; }),
  closed: getter(function() { return this._closed; }),
  writableFinished: getter(function() {
    return this.finished && this.outputSize === 0 && (!this[kSocket] || this[kSocket].writableLength === 0);
  }),
  writableObjectMode: getter(() => false),
  writableLength: getter(function() {
    return this.outputSize + (this[kSocket] ? this[kSocket].writableLength : 0);
  }),
  writableHighWaterMark: getter(function() {
    return this[kSocket] ? this[kSocket].writableHighWaterMark : this[kHighWaterMark];
  }),
  writableCorked: getter(function() { return this[kSocket] ? this[kSocket].writableCorked : this[kCorked]; }),
  connection: getter(function() { return this[kSocket]; }, function(value) { this.socket = value; }),
  socket: getter(function() { return this[kSocket]; }, function(value) {
    if (this[kCorked] !== 0) {
      for (let n = this[kCorked]; n > 0; n--) value?.cork();
      this[kCorked] = 0;
    }
    this[kSocket] = value;
  }),
  headersSent: getter(function() { return !!this._header; }),
  writableEnded: getter(function() { return this.finished; }),
  writableNeedDrain: getter(function() { return !this.destroyed && !this.finished && this[kNeedDrain]; }),
});

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headers = {};
  const outHeaders = this[kOutHeaders];
  if (outHeaders !== null) {
    for (const key of Object.keys(outHeaders)) headers[outHeaders[key][0]] = outHeaders[key][1];
  }
  return headers;
};

OutgoingMessage.prototype.cork = function cork() {
  if (this[kSocket]) this[kSocket].cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kSocket]) this[kSocket].uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this[kSocket]) this.once('socket', (socket) => socket.setTimeout(msecs));
  else this[kSocket].setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this[kSocket]) this[kSocket].destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// Headers and the first body chunk leave in one write when they can.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      // (the head then goes out in the body's encoding, as node's: past ASCII, a UTF-8 body
      // makes the head's characters UTF-8 too)
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this[kSocket];
  if (conn?.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

// What _storeHeader learns of the headers as it goes. One object serves every head (a new one
// per head cost a response seven property additions); a head made while another is being made,
// or after one threw, gets its own.
let spareHeadState = null;

function headState() {
  return { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: '' };
}

// The head is the first line, the header fields, then what the message adds (Date, Connection,
// Keep-Alive, Content-Length or Transfer-Encoding, the empty line). Response after response these
// are the same strings (each part made once while it stays the same: the lines below and the
// status line), so the joined texts are kept too: a head like the one before costs no copy.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  let state = spareHeadState;
  if (state === null) {
    state = headState();
  } else {
    spareHeadState = null;
    state.connection = state.contLen = state.te = state.date = state.expect = state.trailer = false;
    state.header = '';
  }
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {   // (the map's keys are the names in lower case)
        const entry = headers[key];
        const name = entry[0];
        const value = entry[1];
        if (typeof value === 'string' && key.length !== 19) {   // (not Content-Disposition: see processHeader)
          // (headerLine's cache and matchHeader's first test looked at here: a call costs more)
          state.header += name === lastLineKey && value === lastLineValue ? lastLine : headerLine(name, value);
          if (((matchedLengths >> key.length) & 1) !== 0) matchHeader(this, state, key, value, key);
        } else {
          processHeader(this, state, entry[0], value, false, key);
        }
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  const dateText = this.sendDate && !state.date ? utcDateLine() : '';
  // a 204 or 304 the user declared chunked: no zero chunk (a proxy could take it for the next
  // response), so the connection closes instead
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  let connectionText = '';
  if (this._removedConnection) {
    // no Connection header (removed, or a client's setDefaultHeaders: false), yet HTTP/1.1's
    // default keeps the connection when the message wants it kept
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      connectionText = 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      connectionText = this._keepAliveTimeout && this._defaultKeepAlive ?
        keepAliveLines(this._keepAliveTimeout, this._maxRequestsPerSocket) : 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      connectionText = 'Connection: close\r\n';
    }
  }
  let lengthText = '';
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      if (this.chunkedEncoding) this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      lengthText = contentLengthLine(this._contentLength);
    } else if (!this._removedTE) {
      lengthText = 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // neither length nor chunking: the body ends with the connection
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = joinHead(firstLine, state.header, dateText, connectionText, lengthText);
  if (this._headerSent) this._headerSent = false;
  const { expect } = state;
  state.header = '';
  spareHeadState = state;
  // an Expect: 100-continue head goes now, its body waits for the answer
  if (expect) this._send('');
};

// The head's parts joined (and the empty line after them), kept while the parts stay the same.
let headFirstLine = null;
let headFields = null;
let headDate = null;
let headConnection = null;
let headLength = null;
let headText = '';

function joinHead(firstLine, fields, date, connection, length) {
  if (firstLine !== headFirstLine || fields !== headFields || date !== headDate ||
      connection !== headConnection || length !== headLength) {
    headText = firstLine + fields + date + connection + length + CRLF;
    headFirstLine = firstLine;
    headFields = fields;
    headDate = date;
    headConnection = connection;
    headLength = length;
  }
  return headText;
}

function processHeader(self, state, key, value, validate, lowerKey) {
  if (validate) validateHeaderName(key);
  // a Content-Disposition sent with a Content-Length becomes the Buffer of its characters as
  // bytes (latin1), each value of an array in place, as node does (RFC 6266 4.3): joined to the
  // head, such a Buffer reads as UTF-8, so a UTF-8 head carries the value's own bytes
  if (key.length === 19 && self._contentLength && key.toLowerCase() === 'content-disposition') {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }
  if (Array.isArray(value)) {
    // several values go out as several lines, but a cookie's and those of a header the message
    // lists in uniqueHeaders, which are joined with '; '
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate, lowerKey);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate, lowerKey);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, state, key, value, validate, lowerKey) {
  if (validate) validateHeaderValue(key, value);
  state.header += headerLine(key, value);
  matchHeader(self, state, key, value, lowerKey);
}

// The head's lines that are the same response after response, each made once while it stays the
// same (every line joined anew cost a response a few string concatenations): the last two header
// lines of string values, the Keep-Alive line, the Content-Length line.
let lastLineKey = '';
let lastLineValue = '';
let lastLine = '';
let previousLineKey = '';
let previousLineValue = '';
let previousLine = '';

function headerLine(key, value) {
  if (typeof value !== 'string') return key + ': ' + value + CRLF;
  if (key === lastLineKey && value === lastLineValue) return lastLine;
  if (key === previousLineKey && value === previousLineValue) return previousLine;
  previousLineKey = lastLineKey;
  previousLineValue = lastLineValue;
  previousLine = lastLine;
  lastLineKey = key;
  lastLineValue = value;
  lastLine = key + ': ' + value + CRLF;
  return lastLine;
}

let keepAliveLineTimeout = -1;
let keepAliveLineMax;
let keepAliveLineText = '';

// Connection: keep-alive, then its Keep-Alive line
function keepAliveLines(timeout, maxRequests) {
  if (timeout !== keepAliveLineTimeout || maxRequests !== keepAliveLineMax) {
    const max = ~~maxRequests > 0 ? `, max=${maxRequests}` : '';
    keepAliveLineText = `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(timeout / 1000)}${max}\r\n`;
    keepAliveLineTimeout = timeout;
    keepAliveLineMax = maxRequests;
  }
  return keepAliveLineText;
}

let contentLengthLineLength = -1;
let contentLengthLineText = '';

function contentLengthLine(length) {
  if (length !== contentLengthLineLength) {
    contentLengthLineText = `Content-Length: ${length}${CRLF}`;
    contentLengthLineLength = length;
  }
  return contentLengthLineText;
}

// (`lowerKey`: the name in lower case when the caller knows it)
// (the lengths of the names below, one bit each: most headers are none of them)
const matchedLengths = (1 << 4) | (1 << 6) | (1 << 7) | (1 << 10) | (1 << 14) | (1 << 17);

function matchHeader(self, state, field, value, lowerKey) {
  if (((matchedLengths >> field.length) & 1) === 0 || field.length > 17) return;
  field = lowerKey ?? lowerCaseName(field);
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[lowerCaseName(name)] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  // set-cookie keeps each of its values: iterating a Headers object yields them one by one (its
  // get() joins them with commas)
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = lowerCaseName(name);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  if (headers[field] === undefined) {
    headers[field] = [name, value];
    return this;
  }
  const existing = headers[field][1];
  if (!Array.isArray(existing)) headers[field][1] = [existing];
  const values = headers[field][1];
  if (Array.isArray(value)) values.push(...value);
  else values.push(value);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  return headers[lowerCaseName(name)]?.[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((entry) => entry[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][lowerCaseName(name)];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = lowerCaseName(name);
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = writeChunk(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg[kSocket]?._hadError) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function writeChunk(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len ??= byteLength(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);   // a body this message must not have is dropped
    return true;
  }
  const socket = msg[kSocket];
  if (!fromEnd && socket && !socket.writableCorked) {
    socket.cork();
    process.nextTick(connectionCorkNT, socket);
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLength(chunk, encoding);
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlfBuffer, null, null);
    msg._send(chunk, encoding, null, len);
    return msg._send(crlfBuffer, null, callback);
  }
  return msg._send(chunk, encoding, callback, len);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const isArray = Array.isArray(headers);
  const keys = isArray ? null : Object.keys(headers);
  const count = isArray ? headers.length : keys.length;
  for (let i = 0; i < count; i++) {
    let field, value;
    if (isArray) {
      [field, value] = headers[i];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (const item of value) {
        if (checkInvalidHeaderChar(item)) throw new ERR_INVALID_CHAR(`Invalid character in trailer content ["${field}"]`);
        this._trailer += field + ': ' + item + CRLF;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR(`Invalid character in trailer content ["${field}"]`);
      this._trailer += field + ': ' + value + CRLF;
    }
  }
};

function onFinish(outmsg) {
  if (outmsg && outmsg[kSocket] && outmsg[kSocket]._hadError) return;
  outmsg.emit('finish');
}

// end(string) of a message with nothing written yet, that has its socket to itself: the head and
// the body leave in one socket write carrying 'finish', what the general path below amounts to
// (head and body joined, then an empty write for the callback, under one cork).
function endAtOnce(msg, chunk, encoding, callback) {
  const socket = msg[kSocket];
  // (a net.Socket on its handle only: any other stream sees node's two writes; its state read as
  // the writable and writableCorked getters read it)
  const state = socket?._writableState;
  if (msg._header || msg.finished || msg.destroyed || msg.strictContentLength || state === undefined ||
      socket._httpMessage !== msg || state.corked !== 0 || state.ending || state.ended || state.destroyed ||
      state.errored || state.writable === false || !socket._handle || msg.outputData.length !== 0 ||
      (encoding && encoding !== 'utf8' && encoding !== 'latin1')) {
    return false;
  }
  msg._contentLength = Buffer.byteLength(chunk, encoding);
  msg._implicitHeader();
  if (msg.chunkedEncoding) return false;   // the user's Transfer-Encoding: the general path frames it
  if (typeof callback === 'function') msg.once('finish', callback);
  msg._headerSent = true;
  const data = msg._hasBody ? msg._header + chunk : msg._header;
  // (the socket with nothing queued: straight to its handle, the same bytes and callback tick)
  if (encoding === 'latin1' || !writeWhole(socket, data, onFinish, msg)) {
    socket.write(data, encoding, onFinish.bind(undefined, msg));
  }
  if (msg[kCorked] !== 0) msg[kCorked] = 0;
  msg.finished = true;
  msg._finish();
  return true;
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (typeof chunk === 'string' && chunk && endAtOnce(this, chunk, encoding, callback)) return this;
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    this[kSocket]?.cork();
    writeChunk(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this[kSocket]?.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  const socket = this[kSocket];
  if (socket) {
    socket._writableState.corked = 1;   // uncork fully: the message is complete
    socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;
  // the first message of the socket's queue, all handed to the socket: the next may start
  if (this.outputData.length === 0 && socket && socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// The message got its socket: write what it queued; when finished, let the next one start.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this[kSocket];
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

// A rejected async listener (events.captureRejections) destroys the message with its error.
OutgoingMessage.prototype[Symbol.for('nodejs.rejection')] = function(err, event) {
  this.destroy(err);
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
Object.defineProperties(module.exports, {   // shared with the server and client, not node exports
  kOutHeaders: { value: kOutHeaders },
  kNeedDrain: { value: kNeedDrain },
  kSocket: { value: kSocket },
  kErrored: { value: kErrored },
});
