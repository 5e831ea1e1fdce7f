'use strict';
// The JS face of node/host_http_parser.py, shaped as node's internalBinding('http_parser'):
// HTTPParser over llhttp 9.3.0 (node 24.12.0's own parser, so HPE_* codes and reasons are node's).
//
// One execute() is one host call: llhttp parses the whole chunk and the host returns its events,
// which are then delivered here to the parser's kOn* callbacks in order, as node's parser calls
// them during its execute. What node's callbacks decide synchronously when a head ends (skip a
// HEAD response's body, take an upgrade) is told to the parser beforehand, in `parser.mode`:
//   HTTPParser.kModeSkipBody  a response to HEAD (its body is skipped whatever its headers say)
//   HTTPParser.kModeConnect   a response to CONNECT (a 2xx switches protocols, as an upgrade)
//   HTTPParser.kModeUpgrade   a request asking to upgrade is one (the server listens to 'upgrade';
//                             without it such a request is an ordinary one, as in node)
// A 1xx response other than 101 never has a body. kOnHeadersComplete's return value is ignored.
//
// node's parser, fed by the socket itself (consume), calls most callbacks from C++, so the
// nextTick and microtask queues run after them, within one chunk; a parser whose `drainTicks`
// is set does the same between the events it delivers (the server sets it).

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');

const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

// host event kinds (engine/llhttp.py EVENT_*) and how many values follow each
const EVENT_MESSAGE_BEGIN = 0;
const EVENT_HEADERS = 1;
const EVENT_HEADERS_COMPLETE = 2;
const EVENT_BODY = 3;
const EVENT_MESSAGE_COMPLETE = 4;

const allMethods = host.httpParserMethods();
// node's `methods`: those of llhttp's HTTP (not RTSP) map, in its order
const methods = allMethods.filter((name, index) => index <= 33 || index === 46);

const JSONParse = JSON.parse;
let runNextTicks;

const registry = new FinalizationRegistry((id) => host.httpParserFree(id));

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
    this._id = host.httpParserNew();
    this._current = null;      // the chunk being executed (getCurrentBuffer)
    this._pending = null;      // events held while paused: [events, bodies, index]
    this._paused = false;
    this.mode = 0;
    this.drainTicks = false;
    this._consumedHandle = null;
    this._previousOnData = null;
    registry.register(this, this._id, this);
  }

  initialize(type, resource, maxHeaderSize, lenientFlags) {
    if (this._id === 0) {      // closed, then taken again from a pool
      this._id = host.httpParserNew();
      registry.register(this, this._id, this);
    }
    if (maxHeaderSize === undefined || maxHeaderSize === 0) {
      maxHeaderSize = require('internal/http/common').defaultMaxHeaderSize();
    }
    host.httpParserInitialize(this._id, type, maxHeaderSize, lenientFlags | 0);
    this.mode = 0;
    this._pending = null;
    this._paused = false;
  }

  execute(chunk) {
    checkReceiver(this);
    if (this._id === 0) return 0;
    this._current = chunk;
    try {
      return this._unpack(host.httpParserExecute(this._id, chunk, this.mode));
    } finally {
      this._current = null;
    }
  }

  finish() {
    checkReceiver(this);
    if (this._id === 0) return undefined;
    const result = this._unpack(host.httpParserFinish(this._id));
    return typeof result === 'number' ? undefined : result;
  }

  // The host's answer: a JSON text of [result, ...events], or [that text, ...bodies] when the
  // chunk had body bytes (a body event then holds its index in that array).
  _unpack(answer) {
    if (typeof answer === 'string') return this._deliver(JSONParse(answer), null, 1);
    return this._deliver(JSONParse(answer[0]), answer, 1);
  }

  // Deliver the events of one host answer from `index`; stop (holding the rest) if a callback
  // pauses the parser or closes it. (JSON has null where node passes undefined.)
  _deliver(out, bodies, index) {
    while (index < out.length) {
      if (this._paused) {
        this._pending = [out, bodies, index];
        return typeof out[0] === 'number' ? out[0] : 0;
      }
      if (this._id === 0) break;
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
          this[kOnHeadersComplete]?.(out[i + 1], out[i + 2], out[i + 3] ?? undefined, out[i + 4] ?? undefined,
                                     out[i + 5] ?? undefined, out[i + 6] ?? undefined,
                                     out[i + 7] ?? undefined, out[i + 8], out[i + 9]);
          break;
        }
        case EVENT_BODY: {
          const bytes = bodies[out[index + 1]];
          index += 2;
          this[kOnBody]?.(new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          break;
        }
        case EVENT_MESSAGE_COMPLETE:
          index += 1;
          this[kOnMessageComplete]?.();
          break;
        default:
          throw new Error(`http parser: unknown event ${kind}`);
      }
      // node runs the queues after kOnHeaders, kOnHeadersComplete and kOnBody (its message
      // begin and complete callbacks skip them)
      if (this.drainTicks && index < out.length && kind !== EVENT_MESSAGE_BEGIN && kind !== EVENT_MESSAGE_COMPLETE) {
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
      this._deliver(pending[0], pending[1], pending[2]);
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
      if (chunk === null || this._id === 0) {
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
    if (this._id !== 0) {
      registry.unregister(this);
      host.httpParserFree(this._id);
      this._id = 0;
    }
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
