'use strict';
// node:_http_incoming: IncomingMessage, the Readable of a request (server side) or a response
// (client side). Its body is pushed by the parser's callbacks (internal/http/common.js); its
// headers are kept raw and turned into objects when first asked for.

const { Readable, Stream, finished } = require('stream');
const EventEmitter = require('events');
const { getDefaultHighWaterMark, kReadableInternals } = require('internal/streams/utils');
const lazyState = require('internal/http/incoming_state');
const { kLazy, LAZY } = lazyState;

let lowerCaseName;   // (internal/http/common's, which requires this module first)

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

const { kPaused } = Readable[kReadableInternals];
let socketResume;   // net.Socket.prototype.resume (net is loaded after this module)

function readStart(socket) {
  if (!socket) return;
  // (a server's socket that flows and was not paused: its resume() would change nothing, and the
  // parser asks at every message's end)
  const state = socket._readableState;
  socketResume ??= require('net').Socket.prototype.resume;
  if (state !== undefined && state.flowing === true && state[kPaused] === false && socket.server !== undefined &&
      socket.resume === socketResume) {
    return;
  }
  if (!socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  if ((socket && socket.readableHighWaterMark !== getDefaultHighWaterMark(false)) ||
      typeof this._construct === 'function') {
    // the socket's limit (a subclass's _construct): the Readable's state made now
    Readable.call(this, socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
    this._readableState.readingMore = true;
  } else {
    Stream.call(this);
    lazyState.construct(this);   // (internal/http/incoming_state.js)
  }
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);
// (the raw headers' count, and the header objects made from them, until set)
IncomingMessage.prototype[kHeaders] = null;
IncomingMessage.prototype[kHeadersCount] = 0;
IncomingMessage.prototype[kHeadersDistinct] = null;
IncomingMessage.prototype[kTrailers] = null;
IncomingMessage.prototype[kTrailersCount] = 0;
IncomingMessage.prototype[kTrailersDistinct] = null;

// node:events' own init, and the symbol of an emitter's captureRejections flag it sets (private
// to node:events; found by its name, else the constructor makes the request)
const eventsInit = EventEmitter.init;
const kCapture = Object.getOwnPropertySymbols(EventEmitter.prototype).find((key) => key.description === 'kCapture');

// A request as parserOnHeadersComplete makes it with the stock IncomingMessage: the object and the
// head's fields in one literal, in node's order (each property added to a made object costs this
// engine a shape step and a walk of the prototype chain), its Readable state to be made on first
// use. null when the socket's highWaterMark is not the default, or EventEmitter.init is not
// node:events' own (domain's, say): the constructor's case.
function requestFromHead(socket, versionMajor, versionMinor, headers, n, method, url, upgrade,
                         joinDuplicateHeaders) {
  const socketState = socket._readableState;   // (its readableHighWaterMark, without the getter)
  if (socketState === undefined || socketState.highWaterMark !== getDefaultHighWaterMark(false) ||
      IncomingMessage.prototype._addHeaderLines !== addHeaderLines || EventEmitter.init !== eventsInit ||
      kCapture === undefined) {
    return null;
  }
  const hasHeaders = headers.length !== 0;
  const msg = {
    __proto__: IncomingMessage.prototype,
    // what node:events' init gives an emitter made without options
    _events: { __proto__: null },
    _eventsCount: 0,
    _maxListeners: undefined,
    [kCapture]: EventEmitter.prototype[kCapture],
    socket,
    httpVersionMajor: versionMajor,
    httpVersionMinor: versionMinor,
    httpVersion: versionMajor === 1 && versionMinor === 1 ? '1.1' : `${versionMajor}.${versionMinor}`,
    complete: false,
    rawHeaders: hasHeaders ? headers : [],
    rawTrailers: [],
    joinDuplicateHeaders,
    aborted: false,
    upgrade,
    url,
    method,
    statusCode: null,
    statusMessage: null,
    client: socket,
    _consuming: false,
    _dumped: false,
    [kHeadersCount]: hasHeaders ? n : 0,
    [kLazy]: LAZY,   // (internal/http/incoming_state.js)
  };
  return msg;
}

// `headers` / `trailers` (joined as node joins duplicates) and their *Distinct forms (every value),
// built from the raw lists on first read; assigning replaces them.
function headerObject(key, rawKey, countKey, distinct) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      if (!this[key]) {
        const dst = this[key] = {};
        const src = this[rawKey];
        for (let n = 0; n < this[countKey]; n += 2) {
          if (distinct) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
          else this._addHeaderLine(src[n], src[n + 1], dst);
        }
      }
      return this[key];
    },
    set(value) {
      this[key] = value;
    },
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    configurable: true,
    enumerable: true,
    get() { return this.socket; },
    set(value) { this.socket = value; },
  },
  headers: headerObject(kHeaders, 'rawHeaders', kHeadersCount, false),
  headersDistinct: headerObject(kHeadersDistinct, 'rawHeaders', kHeadersCount, true),
  trailers: headerObject(kTrailers, 'rawTrailers', kTrailersCount, false),
  trailersDistinct: headerObject(kTrailersDistinct, 'rawTrailers', kTrailersCount, true),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // the socket's reading is stopped while the body's reader has not caught up
  if (this.socket?.readable) readStart(this.socket);
};

function onError(self, error, cb) {
  // an 'error' with no listener would throw: a message without one just ends
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function addHeaderLines(headers, n) {
  if (headers?.length) {
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      if (this[kTrailers] !== null) this[kTrailers] = null;
      if (this[kTrailersDistinct] !== null) this[kTrailersDistinct] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      if (this[kHeaders] !== null) this[kHeaders] = null;
      if (this[kHeadersDistinct] !== null) this[kHeadersDistinct] = null;
    }
  }
}
IncomingMessage.prototype._addHeaderLines = addHeaderLines;

// How node joins a repeated header: kept once (the first) for these, whose repetition is
// meaningless; set-cookie as an array; cookie with '; '; any other with ', '.
const kDropDuplicates = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  lowerCaseName ??= require('internal/http/common').lowerCaseName;
  field = lowerCaseName(field);
  if (field === 'set-cookie') {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (field === 'cookie' || !kDropDuplicates.has(field)) {
    if (typeof dest[field] === 'string') dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
    else dest[field] = value;
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  lowerCaseName ??= require('internal/http/common').lowerCaseName;
  field = lowerCaseName(field);
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

// Read and drop the rest of the body (the response's end comes without reading it).
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    lazyState.dump(this);   // removeAllListeners('data') (buffered data would reach them), resume()
  }
};

IncomingMessage.prototype._dumpAndCloseReadable = function _dumpAndCloseReadable() {
  this._dumped = true;
  const state = this._readableState;
  state.ended = true;
  state.endEmitted = true;
  state.destroyed = true;
  state.closed = true;
  state.closeEmitted = true;
};

lazyState.install(IncomingMessage, { readStart });

// Whether a stock IncomingMessage's head has the header `name` (lower case; `usualName`, its usual
// spelling), read from the raw list while the headers object is not made (most handlers never
// read it, and the server asks of every request).
function hasHeader(msg, name, usualName) {
  const headers = msg[kHeaders];
  if (headers !== null) return headers[name] !== undefined;
  const raw = msg.rawHeaders;
  const count = msg[kHeadersCount];
  for (let i = 0; i < count; i += 2) {
    const field = raw[i];
    if (field.length === name.length && (field === usualName || field === name || field.toLowerCase() === name)) {
      return true;
    }
  }
  return false;
}

module.exports = { IncomingMessage, readStart, readStop, requestFromHead, hasHeader };
