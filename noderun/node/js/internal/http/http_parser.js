'use strict';
// The JS face of node/host_http_parser.py, shaped as node's internalBinding('http_parser'):
// HTTPParser over llhttp 9.3.0 (node 24.12.0's own parser, so HPE_* codes and reasons are node's).
//
// One execute() is one call of a C function (engine/llhttp_js.c, no Python in it): llhttp parses
// the whole chunk and the call returns its events,
// which are then delivered here to the parser's kOn* callbacks in order, as node's parser calls
// them during its execute. What node's callbacks decide synchronously when a head ends (skip a
// HEAD response's body, take an upgrade) is told to the parser beforehand, in `parser.mode`:
//   HTTPParser.kModeSkipBody  a response to HEAD (its body is skipped whatever its headers say)
//   HTTPParser.kModeConnect   a response to CONNECT (a 2xx switches protocols, as an upgrade)
//   HTTPParser.kModeUpgrade   a request asking to upgrade is one (the server listens to 'upgrade';
//                             without it such a request is an ordinary one, as in node)
// A 1xx response other than 101 never has a body. kOnHeadersComplete's return value is ignored.
//
// node's parser, fed by the socket itself (consume), calls its callbacks from C++, and the
// nextTick and microtask queues run after some of them (headers flushed early, body chunks),
// within one chunk; a parser whose `drainTicks` is set does the same between the events it
// delivers (the server sets it).

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');

const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

// event kinds (engine/llhttp_js.c's EVENT_*) and how many values follow each
const EVENT_MESSAGE_BEGIN = 0;
const EVENT_HEADERS = 1;
const EVENT_HEADERS_COMPLETE = 2;
const EVENT_BODY = 3;
const EVENT_MESSAGE_COMPLETE = 4;

const allMethods = host.httpParserMethods();
// node's `methods`: those of llhttp's HTTP (not RTSP) map, in its order
const methods = allMethods.filter((name, index) => index <= 33 || index === 46);

// llhttp's parsers: objects of the engine's (freed with them) that these functions take
const [parserNew, parserInitialize, parserExecute, parserFinish] = host.httpParserFunctions();
let runNextTicks;

// A method called on something that is not a parser (V8's check on native receivers).
function checkReceiver(parser) {
  if (!(parser instanceof HTTPParser)) throw new TypeError('Illegal invocation');
}

function parseError(code, reason, bytesParsed) {
  const error = new Error('Parse Error');
  error.bytesParsed = bytesParsed;
  error.code = code;
  error.reason = reason;
  return error;
}

class HTTPParser {
  constructor() {
    this._handle = parserNew();   // null once closed
    this._current = null;      // the chunk being executed (getCurrentBuffer)
    this._pending = null;      // events held while paused: [events, index]
    this._paused = false;
    this.mode = 0;
    this.drainTicks = false;
    this._consumedHandle = null;
    this._previousOnData = null;
  }

  initialize(type, resource, maxHeaderSize, lenientFlags) {
    this._handle ??= parserNew();   // closed, then taken again from a pool
    if (maxHeaderSize === undefined || maxHeaderSize === 0) {
      maxHeaderSize = require('internal/http/common').defaultMaxHeaderSize();
    }
    parserInitialize(this._handle, type, maxHeaderSize, lenientFlags | 0);
    this.mode = 0;
    this._pending = null;
    this._paused = false;
  }

  execute(chunk) {
    checkReceiver(this);
    if (this._handle === null) return 0;
    this._current = chunk;
    try {
      return this._deliver(parserExecute(this._handle, chunk, this.mode), 1);
    } finally {
      this._current = null;
    }
  }

  finish() {
    checkReceiver(this);
    if (this._handle === null) return undefined;
    const result = this._deliver(parserFinish(this._handle), 1);
    return typeof result === 'number' ? undefined : result;
  }

  // Deliver the events of one answer of the parser ([result, ...events]) from `index`; stop
  // (holding the rest) if a callback pauses the parser or closes it.
  _deliver(out, index) {
    while (index < out.length) {
      if (this._paused) {
        this._pending = [out, index];
        return typeof out[0] === 'number' ? out[0] : 0;
      }
      if (this._handle === null) break;
      const kind = out[index];
      switch (kind) {
        case EVENT_MESSAGE_BEGIN:
          index += 1;
          this[kOnMessageBegin]?.();
          break;
        case EVENT_HEADERS:
          this[kOnHeaders]?.(out[index + 1], out[index + 2]);
          index += 3;
          break;
        case EVENT_HEADERS_COMPLETE: {
          const i = index;
          index += 10;
          this[kOnHeadersComplete]?.(out[i + 1], out[i + 2], out[i + 3], out[i + 4], out[i + 5], out[i + 6],
                                     out[i + 7], out[i + 8], out[i + 9]);
          break;
        }
        case EVENT_BODY: {
          const bytes = out[index + 1];   // an ArrayBuffer of the body's bytes
          index += 2;
          this[kOnBody]?.(new FastBuffer(bytes));
          break;
        }
        case EVENT_MESSAGE_COMPLETE:
          index += 1;
          this[kOnMessageComplete]?.();
          break;
        default:
          throw new Error(`http parser: unknown event ${kind}`);
      }
      // node runs the queues after kOnHeaders and kOnBody (MakeCallback); its message begin,
      // headers complete and message complete callbacks skip them (kSkipTaskQueues), so a
      // handler's ticks (a response's 'finish') come after the end of a body that came with it
      if (this.drainTicks && index < out.length && (kind === EVENT_BODY || kind === EVENT_HEADERS)) {
        runNextTicks ??= require('internal/process/task_queues').runNextTicks;
        runNextTicks();
      }
    }
    const result = out[0];
    if (typeof result === 'number') return result;
    return parseError(result[0], result[1], result[2]);
  }

  pause() {
    this._paused = true;
  }

  resume() {
    this._paused = false;
    const pending = this._pending;
    if (pending !== null) {
      this._pending = null;
      this._deliver(pending[0], pending[1]);
    }
  }

  getCurrentBuffer() {
    const chunk = this._current;
    return chunk ? Buffer.from(chunk) : Buffer.alloc(0);
  }

  // Read a stream handle (internal/net/tcp_wrap.js's TCP) directly, as node's parser does as the
  // handle's stream listener: each read is executed here, then kOnExecute(result) is called with
  // getCurrentBuffer() giving the read; the end of the stream and read errors still go to the
  // socket. Reads still count for the socket's bytesRead and idle timeout.
  consume(handle) {
    if (this._consumedHandle) return;
    const previous = handle.ondata;
    this._consumedHandle = handle;
    this._previousOnData = previous;
    handle.ondata = (chunk) => {
      if (chunk === null || this._handle === null) {
        previous(chunk);
        return;
      }
      const socket = handle.owner;
      if (socket) {
        socket._bytesRead += chunk.byteLength;
        socket._idleTimer?.refresh();
      }
      this.beforeExecute?.();   // the owner's chance to set `mode`
      const ret = this.execute(chunk);
      const onExecute = this[kOnExecute];
      if (typeof onExecute === 'function') {
        this._current = chunk;
        try {
          onExecute.call(this, ret);
        } finally {
          this._current = null;
        }
      }
    };
    const socket = handle.owner;
    if (socket?.connecting) socket.once('connect', () => handle.readStart());   // no stream yet
    else handle.readStart();
  }

  unconsume() {
    const handle = this._consumedHandle;
    if (handle) {
      handle.ondata = this._previousOnData;
      this._consumedHandle = this._previousOnData = null;
    }
  }

  // node's free() and remove() detach the parser from its async resource; nothing to do here
  free() {}

  remove() {}

  close() {
    this.unconsume();
    this._handle = null;
  }
}

Object.assign(HTTPParser, {
  REQUEST: 1,
  RESPONSE: 2,
  kOnMessageBegin,
  kOnHeaders,
  kOnHeadersComplete,
  kOnBody,
  kOnMessageComplete,
  kOnExecute,
  kOnTimeout,
  kLenientNone: 0,
  kLenientHeaders: 1,
  kLenientChunkedLength: 2,
  kLenientKeepAlive: 4,
  kLenientTransferEncoding: 8,
  kLenientVersion: 16,
  kLenientDataAfterClose: 32,
  kLenientOptionalLFAfterCR: 64,
  kLenientOptionalCRLFAfterChunk: 128,
  kLenientOptionalCRBeforeLF: 256,
  kLenientSpacesAfterChunkSize: 512,
  kLenientAll: 1023,
});
for (const [name, value] of [['kModeSkipBody', 1], ['kModeConnect', 2], ['kModeUpgrade', 4]]) {
  Object.defineProperty(HTTPParser, name, { value, enumerable: false });
}

module.exports = { HTTPParser, methods, allMethods };
