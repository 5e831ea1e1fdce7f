'use strict';
// node:_http_incoming: IncomingMessage, the Readable of a request (server side) or a response
// (client side). Its body is pushed by the parser's callbacks (internal/http/common.js); its
// headers are kept raw and turned into objects when first asked for.

const { Readable, Stream, finished } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/utils');
const lazyState = require('internal/http/incoming_state');

let lowerCaseName;   // (internal/http/common's, which requires this module first)

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
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
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.complete = false;
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

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      this[kTrailers] = null;
      this[kTrailersDistinct] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
      this[kHeadersDistinct] = null;
    }
  }
};

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

module.exports = { IncomingMessage, readStart, readStop };
