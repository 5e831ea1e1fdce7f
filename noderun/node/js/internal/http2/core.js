'use strict';
// node:http2's sessions and streams. A session sits on a socket (net.Socket for h2c, TLSSocket
// for h2, or any Duplex): what the socket reads goes to the session's HTTP/2 state machine in the
// host (node/host_http2.py, the h2 package), whose answer is the bytes to write back and the
// events the bytes held (headers, data, stream closes, settings, pings, GOAWAY), dispatched here
// to sessions and streams. A stream is a Duplex whose writes the host frames as DATA within the
// peer's flow-control window (a write completes once its bytes went to the socket); what it reads
// is acknowledged to the peer (WINDOW_UPDATE) only once the reader took it, so a slow reader holds
// the sender back.
//
// The life cycle is node's: a stream closes when the host says the protocol closed it (both ends
// ended, or an RST_STREAM either way), and is destroyed once its readable side is done; a session
// closes gracefully (GOAWAY, then destroyed once its last stream is) or is destroyed at once.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const {
  AbortError,
  codes: {
    ERR_HTTP2_GOAWAY_SESSION, ERR_HTTP2_HEADERS_AFTER_RESPOND, ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INVALID_INFO_STATUS,
    ERR_HTTP2_INVALID_SESSION, ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_MAX_PENDING_SETTINGS_ACK, ERR_HTTP2_NESTED_PUSH,
    ERR_HTTP2_NO_SOCKET_MANIPULATION, ERR_HTTP2_OUT_OF_STREAMS, ERR_HTTP2_PAYLOAD_FORBIDDEN, ERR_HTTP2_PING_CANCEL,
    ERR_HTTP2_PING_LENGTH, ERR_HTTP2_PUSH_DISABLED, ERR_HTTP2_SEND_FILE, ERR_HTTP2_SEND_FILE_NOSEEK,
    ERR_HTTP2_SESSION_ERROR, ERR_HTTP2_SETTINGS_CANCEL, ERR_HTTP2_SOCKET_BOUND, ERR_HTTP2_SOCKET_UNBOUND,
    ERR_HTTP2_STATUS_101, ERR_HTTP2_STATUS_INVALID, ERR_HTTP2_STREAM_CANCEL, ERR_HTTP2_STREAM_ERROR,
    ERR_HTTP2_TRAILERS_ALREADY_SENT, ERR_HTTP2_TRAILERS_NOT_READY, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateInteger, validateNumber,
} = require('internal/validators');
const constants = require('internal/http2/constants');
const { settingsToHost, settingsFromHost, validateSettings } = require('internal/http2/settings');
const { utcDate } = require('internal/http/date');
const {
  assertIsObject, assertValidPseudoHeaderResponse, assertValidPseudoHeaderTrailer, buildNgHeaderString,
  getAuthority, isPayloadMeaningless, kAuthority, kProtocol, kProxySocket, kRequest, kSensitiveHeaders, kSocket,
  NghttpError, prepareRequestHeadersArray, prepareRequestHeadersObject, toHeaderObject,
} = require('internal/http2/util');

const {
  NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR, NGHTTP2_REFUSED_STREAM, NGHTTP2_FLAG_END_STREAM,
  NGHTTP2_FLAG_END_HEADERS, NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT,
} = constants;

const kId = Symbol('kId');
const kSession = Symbol('kSession');
const kServer = Symbol('kServer');
const kState = Symbol('kState');
const kType = Symbol('kType');
const kHostId = Symbol('kHostId');
const kWrites = Symbol('kWrites');
const kPings = Symbol('kPings');
const kMaxOutstandingPings = Symbol('kMaxOutstandingPings');
const kSettingsCallbacks = Symbol('kSettingsCallbacks');
const kUnacknowledged = Symbol('kUnacknowledged');
const kLocalSettings = Symbol('kLocalSettings');
const kRemoteSettings = Symbol('kRemoteSettings');
const kPendingRequests = Symbol('kPendingRequests');
const { kTimeout } = require('internal/timers');
const kSentHeaders = Symbol('kSentHeaders');
const kSentTrailers = Symbol('kSentTrailers');
const kInfoHeaders = Symbol('kInfoHeaders');
const kRawHeaders = Symbol('kRawHeaders');
const kOrigin = Symbol('kOrigin');
const kPushed = Symbol('kPushed');
const kBoundSession = Symbol('kBoundSession');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kUpdateTimer = Symbol('kUpdateTimer');

// node's stream and session flags
const STREAM_FLAGS_READY = 0x1;
const STREAM_FLAGS_CLOSED = 0x2;
const STREAM_FLAGS_HEADERS_SENT = 0x4;
const STREAM_FLAGS_HEAD_REQUEST = 0x8;
const STREAM_FLAGS_ABORTED = 0x10;
const STREAM_FLAGS_HAS_TRAILERS = 0x20;
const SESSION_FLAGS_READY = 0x1;
const SESSION_FLAGS_CLOSED = 0x2;
const SESSION_FLAGS_DESTROYED = 0x4;

// what closeStream() does about RST_STREAM
const kNoRstStream = 0;
const kSubmitRstStream = 1;
const kForceRstStream = 2;

const kMaxStreams = 2 ** 32 - 1;
const kMaxInt = 2 ** 32 - 1;
const kMaxPendingSettingsAck = 10;   // (nghttp2's limit of SETTINGS frames awaiting their ACK)

const nameForErrorCode = Object.fromEntries(Object.entries(constants)
  .filter(([name]) => /^NGHTTP2_(NO_ERROR|PROTOCOL_ERROR|INTERNAL_ERROR|FLOW_CONTROL_ERROR|SETTINGS_TIMEOUT|STREAM_CLOSED|FRAME_SIZE_ERROR|REFUSED_STREAM|CANCEL|COMPRESSION_ERROR|CONNECT_ERROR|ENHANCE_YOUR_CALM|INADEQUATE_SECURITY|HTTP_1_1_REQUIRED)$/.test(name))
  .map(([name, code]) => [code, name]));

// h2's StreamState (IDLE .. CLOSED) as nghttp2 numbers the states (node's constants)
const nghttp2StreamStates = [
  constants.NGHTTP2_STREAM_STATE_IDLE, constants.NGHTTP2_STREAM_STATE_RESERVED_REMOTE,
  constants.NGHTTP2_STREAM_STATE_RESERVED_LOCAL, constants.NGHTTP2_STREAM_STATE_OPEN,
  constants.NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE, constants.NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL,
  constants.NGHTTP2_STREAM_STATE_CLOSED,
];

let nextWrite = 1;

// a Buffer of its own memory (not the pool's), as node's binding makes them
function ownBuffer(bytes) {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new FastBuffer(copy.buffer);
}

function validateBuffer(buffer, name) {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

// -- the socket, seen through session.socket -----------------------------------------------------
// Reading or writing the socket itself would corrupt the framing: those throw; timeouts and
// ref / unref are the session's; the rest is the socket's.

const forbiddenSocketMembers = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write',
  'setEncoding', 'setKeepAlive', 'setNoDelay']);
const sessionSocketMembers = new Set(['setTimeout', 'ref', 'unref']);

function boundSocket(session) {
  const socket = session[kSocket];
  if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
  return socket;
}

const proxySocketHandler = {
  get(session, prop) {
    if (sessionSocketMembers.has(prop)) return session[prop].bind(session);
    if (forbiddenSocketMembers.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = boundSocket(session);
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  getPrototypeOf(session) {
    return Reflect.getPrototypeOf(boundSocket(session));
  },
  set(session, prop, value) {
    if (sessionSocketMembers.has(prop)) {
      session[prop] = value;
      return true;
    }
    if (forbiddenSocketMembers.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    boundSocket(session)[prop] = value;
    return true;
  },
};

// -- timeouts (sessions and streams) -------------------------------------------------------------

function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

// -- sessions ------------------------------------------------------------------------------------

// A stream's header events are emitted on the next tick (its listeners may come after the call
// that made it); what the same bytes held after the headers (DATA, the end) waits for them.
function emitHeaderEvent(stream, event, headers, flags, flat) {
  stream[kState].headerEvents++;
  process.nextTick(() => {
    stream[kState].headerEvents--;
    stream.emit(event, headers, flags, flat);
  });
}

// (a new stream's 'stream' event counts as its first header event)
function emitStreamEvent(session, stream, headers, flags, flat) {
  stream[kState].headerEvents++;
  process.nextTick(() => {
    stream[kState].headerEvents--;
    session.emit('stream', stream, headers, flags, flat);
  });
}

function afterHeaderEvents(stream, action) {
  const state = stream[kState];
  if (state.headerEvents === 0 && state.deferred === 0) {
    action();
    return;
  }
  state.deferred++;
  process.nextTick(() => {
    state.deferred--;
    action();
  });
}

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    if (socket[kBoundSession] !== undefined) throw new ERR_HTTP2_SOCKET_BOUND();
    socket[kBoundSession] = this;
    this[kState] = {
      flags: 0, destroyCode: NGHTTP2_NO_ERROR, goawayCode: null, goawayLastStreamID: null,
      streams: new Map(), pendingStreams: new Set(), pendingAck: 0, writeQueueSize: 0, originSet: undefined,
    };
    this[kType] = type;
    this[kSocket] = socket;
    this[kProxySocket] = null;
    this[kTimeout] = null;
    this[kHostId] = undefined;
    this[kWrites] = new Map();   // write request id -> callback
    this[kPings] = [];
    this[kMaxOutstandingPings] = options.maxOutstandingPings ?? 10;
    this[kSettingsCallbacks] = [];
    this[kLocalSettings] = undefined;
    this[kRemoteSettings] = undefined;
    this.encrypted = undefined;
    this.alpnProtocol = undefined;
    socket.on('error', socketOnError);
    socket.on('close', socketOnClose);
    socket.setNoDelay?.();
    const setup = () => {
      try {
        this._setup(socket, options);
      } catch (error) {
        socket.destroy(error);
      }
    };
    if (socket.connecting || socket.secureConnecting) {
      socket.once(socket.encrypted ? 'secureConnect' : 'connect', setup);
    } else {
      this._setup(socket, options);
    }
  }

  // The socket is connected: the host's state machine starts (the connection preface and our
  // SETTINGS go out) and the socket's bytes go to it.
  _setup(socket, options) {
    if (this.destroyed) {
      process.nextTick(() => this.emit('connect', this, socket));
      return;
    }
    this[kState].flags |= SESSION_FLAGS_READY;
    this.encrypted = Boolean(socket.encrypted);
    this.alpnProtocol = socket.encrypted ? socket.alpnProtocol : 'h2c';
    const settings = options.settings ?? {};
    const [id, answer] = host.http2Open(this[kType] === NGHTTP2_SESSION_SERVER, settingsToHost(settings));
    this[kHostId] = id;
    this[kState].pendingAck++;
    this[kSettingsCallbacks].push(undefined);
    // bytes the socket read before the session took it over are taken on the next tick (when a
    // 'remoteSettings' listener may be there), before any it reads later
    const buffered = [];
    for (let chunk; socket.readableLength > 0 && (chunk = socket.read()) !== null;) buffered.push(chunk);
    socket.on('data', (chunk) => this._receive(chunk));
    this._answer(answer);
    if (this[kType] === NGHTTP2_SESSION_SERVER && Array.isArray(options.origins)) this.origin(...options.origins);
    process.nextTick(() => {
      for (const chunk of buffered) this._receive(chunk);
      this.emit('connect', this, socket);
    });
  }

  _receive(chunk) {
    if (this.destroyed || this[kHostId] === undefined) return;
    this[kUpdateTimer]();
    this._answer(host.http2Receive(this[kHostId], chunk));
  }

  get connecting() { return (this[kState].flags & SESSION_FLAGS_READY) === 0; }
  get closed() { return (this[kState].flags & SESSION_FLAGS_CLOSED) !== 0; }
  get destroyed() { return (this[kState].flags & SESSION_FLAGS_DESTROYED) !== 0; }
  get type() { return this[kType]; }
  get goawayCode() { return this[kState].goawayCode || NGHTTP2_NO_ERROR; }
  get goawayLastStreamID() { return this[kState].goawayLastStreamID || 0; }
  get pendingSettingsAck() { return this[kState].pendingAck > 0; }

  get socket() {
    this[kProxySocket] ??= new Proxy(this, proxySocketHandler);
    return this[kProxySocket];
  }

  // the origins this session may serve (TLS only): the server's name, then what ORIGIN frames add
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return Array.from(initOriginSet(this));
  }

  get localSettings() { return settingsInForce(this, kLocalSettings, false); }

  get remoteSettings() { return settingsInForce(this, kRemoteSettings, true); }

  get state() {
    if (this.connecting || this.destroyed) return {};
    const [outbound, inbound, , lastIn, lastOut, unacknowledged, queued, deflateTable, inflateTable, localWindow] =
      host.http2State(this[kHostId]);
    return {
      effectiveLocalWindowSize: localWindow,
      effectiveRecvDataLength: unacknowledged,
      nextStreamID: lastOut !== 0 ? lastOut + 2 : (this[kType] === NGHTTP2_SESSION_CLIENT ? 1 : 2),
      localWindowSize: inbound,
      lastProcStreamID: lastIn,
      remoteWindowSize: outbound,
      outboundQueueSize: queued,
      deflateDynamicTableSize: deflateTable,
      inflateDynamicTableSize: inflateTable,
    };
  }

  get bufferSize() { return this[kState].writeQueueSize + (this[kSocket]?.writableLength ?? 0); }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    this[kTimeout]?.refresh();
  }

  _onTimeout() {
    if (this.destroyed) return;
    this.emit('timeout');
  }

  // The host's answer to any call: [events JSON, bytes to send, ...payloads]. The bytes go out
  // first (with the write callbacks of the DATA they complete), then the events are dispatched in
  // order.
  _answer(answer) {
    const events = JSON.parse(answer[0]);
    let done = null;
    for (const event of events) {
      if (event[0] !== 'written') continue;
      for (const request of event[1]) {
        const callback = this[kWrites].get(request);
        this[kWrites].delete(request);
        if (callback !== undefined) (done ??= []).push(callback);
      }
    }
    const out = answer[1];
    const socket = this[kSocket];
    // (a write completes on the loop's next turn after its bytes went to the socket, as node's do
    // after nghttp2 sent them: the peer may have read them by then)
    const complete = done === null ? null : () => setImmediate(() => { for (const callback of done) callback(); });
    if (out != null && socket !== undefined && !socket.destroyed) {
      const bytes = new FastBuffer(out.buffer, out.byteOffset, out.byteLength);
      if (complete === null) socket.write(bytes);
      else socket.write(bytes, complete);
    } else if (complete !== null) {
      complete();
    }
    for (const event of events) {
      if (event[0] !== 'written') this._dispatch(event, answer);
    }
  }

  _call(method, ...args) {
    if (this[kHostId] === undefined) return undefined;
    const answer = host[method](this[kHostId], ...args);
    if (answer.length === 2 && typeof answer[0] !== 'string') {   // [result, answer]
      this._answer(answer[1]);
      return answer[0];
    }
    this._answer(answer);
    return undefined;
  }

  _dispatch(event, payloads) {
    if (this.destroyed) return;
    switch (event[0]) {
      case 'headers': {
        const [, streamId, [flat, sensitive], endStream, category] = event;
        this._onHeaders(streamId, flat, sensitive, endStream, category);
        break;
      }
      case 'data': {
        this[kUpdateTimer]();
        const stream = this[kState].streams.get(event[1]);
        const bytes = payloads[event[2]];
        if (stream === undefined || stream.destroyed) {
          this._call('http2Consumed', 0, event[3]);
          break;
        }
        stream[kUpdateTimer]();
        stream[kUnacknowledged] += event[3];
        const chunk = new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        afterHeaderEvents(stream, () => {
          if (stream.push(chunk)) stream._acknowledge();
        });
        break;
      }
      case 'end': {
        const stream = this[kState].streams.get(event[1]);
        if (stream !== undefined) afterHeaderEvents(stream, () => stream.push(null));
        break;
      }
      case 'close': {
        const stream = this[kState].streams.get(event[1]);
        if (stream !== undefined) afterHeaderEvents(stream, () => onStreamClose(stream, event[2]));
        break;
      }
      case 'push':
        this._onPushPromise(event[1], event[3][0], event[3][1]);
        break;
      case 'remoteSettings':
        this[kUpdateTimer]();
        this[kRemoteSettings] = settingsFromHost(event[1]);
        this.emit('remoteSettings', this[kRemoteSettings]);
        break;
      case 'settingsAck': {
        this[kUpdateTimer]();
        const state = this[kState];
        state.pendingAck--;
        this[kLocalSettings] = undefined;
        const callback = this[kSettingsCallbacks].shift();
        const settings = this.localSettings;
        if (callback !== undefined) callback(null, settings, 0);
        this.emit('localSettings', settings);
        break;
      }
      case 'ping':
        this[kUpdateTimer]();
        this.emit('ping', ownBuffer(payloads[event[1]]));
        break;
      case 'pingAck': {
        this[kUpdateTimer]();
        const pending = this[kPings].shift();
        if (pending !== undefined) {
          const duration = Number(process.hrtime.bigint() - pending.start) / 1e6;
          pending.callback(null, duration, ownBuffer(payloads[event[1]]));
        }
        break;
      }
      case 'goaway': {
        const [, code, lastStreamID, opaque] = event;
        onGoawayData(this, code, lastStreamID, opaque === null ? Buffer.alloc(0) : Buffer.from(payloads[opaque]));
        break;
      }
      case 'altsvc':
        this[kUpdateTimer]();
        this.emit('altsvc', event[1], event[2], event[3]);
        break;
      case 'origin': {
        this[kUpdateTimer]();
        if (!this.encrypted) break;
        const originSet = initOriginSet(this);
        for (const origin of event[1]) originSet.add(origin);
        this.emit('origin', event[1]);
        break;
      }
      case 'protocolError':
        this.destroy(new NghttpError(-505), event[3]);
        break;
    }
  }

  _onPushPromise() {}

  setNextStreamID(id) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > kMaxStreams) throw new ERR_OUT_OF_RANGE('id', `> 0 and <= ${kMaxStreams}`, id);
    if (this[kHostId] !== undefined) host.http2SetNextStreamId(this[kHostId], id);
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateInt32(windowSize, 'windowSize', 0);
    this._call('http2SetLocalWindowSize', windowSize);
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload) {
      validateBuffer(payload, 'payload');
      if (payload.byteLength !== 8) throw new ERR_HTTP2_PING_LENGTH();
    }
    validateFunction(callback, 'callback');
    if (this.connecting || this.closed) {
      process.nextTick(callback, new ERR_HTTP2_PING_CANCEL(), 0.0, payload);
      return false;
    }
    if (this[kPings].length >= this[kMaxOutstandingPings]) {
      process.nextTick(callback, new ERR_HTTP2_PING_CANCEL());
      return false;
    }
    const bytes = payload === undefined ? Buffer.alloc(8)
      : Buffer.from(payload.buffer, payload.byteOffset, 8);
    this[kPings].push({ callback, start: process.hrtime.bigint() });
    this._call('http2Ping', new Uint8Array(bytes.buffer, bytes.byteOffset, 8));
    return true;
  }

  settings(settings, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    if (callback) validateFunction(callback, 'callback');
    this[kState].pendingAck++;
    const submit = () => {
      if (this[kState].pendingAck > kMaxPendingSettingsAck) {
        this[kState].pendingAck--;
        const error = new ERR_HTTP2_MAX_PENDING_SETTINGS_ACK();
        if (callback) callback(error);
        else this.destroy(error);   // (node's C++ layer: too many SETTINGS waiting)
        return;
      }
      this[kUpdateTimer]();
      this[kLocalSettings] = undefined;
      this[kSettingsCallbacks].push(callback);
      this._call('http2Settings', settingsToHost(settings));
    };
    if (this.connecting) this.once('connect', submit);
    else submit();
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined) validateBuffer(opaqueData, 'opaqueData');
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    const submit = () => {
      if (this.destroyed) return;
      const opaque = opaqueData === undefined ? null
        : new Uint8Array(opaqueData.buffer, opaqueData.byteOffset, opaqueData.byteLength);
      // (0: the last stream the peer opened, as nghttp2 takes it)
      this._call('http2Goaway', code, lastStreamID > 0 ? lastStreamID : null, opaque);
    };
    if (this.connecting) this.once('connect', submit);
    else submit();
  }

  // Graceful: no new streams; the session is destroyed once its streams are.
  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].flags |= SESSION_FLAGS_CLOSED;
    if (typeof callback === 'function') this.once('close', callback);
    this.goaway();
    // (once the GOAWAY went out, as node's graceful close completes after nghttp2 sent it)
    setImmediate(() => this[kMaybeDestroy]());
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    closeSession(this, code ?? NGHTTP2_NO_ERROR, error);
  }

  [kMaybeDestroy](error) {
    if (error == null) {
      const state = this[kState];
      if (!this.closed || state.streams.size > 0 || state.pendingStreams.size > 0) return;
    }
    this.destroy(error);
  }

  [EventEmitter.captureRejectionSymbol](error, event, ...args) {
    if (event === 'stream') args[0].destroy(error);
    else this.destroy(error);
  }

  ref() { this[kSocket]?.ref?.(); }
  unref() { this[kSocket]?.unref?.(); }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(resolve));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { format } = require('util');
    return `Http2Session ${format({
      type: this[kType], closed: this.closed, destroyed: this.destroyed, state: this.state,
      localSettings: this.localSettings, remoteSettings: this.remoteSettings,
    })}`;
  }
}

Http2Session.prototype.setTimeout = setStreamTimeout;

function initOriginSet(session) {
  let originSet = session[kState].originSet;
  if (originSet === undefined) {
    const socket = session[kSocket];
    originSet = session[kState].originSet = new Set();
    let hostName = socket.servername;
    if (hostName === null || hostName === false || hostName === undefined) {
      hostName = socket.remoteFamily === 'IPv6' ? `[${socket.remoteAddress}]` : socket.remoteAddress;
    }
    let origin = `https://${hostName}`;
    if (socket.remotePort != null) origin += `:${socket.remotePort}`;
    originSet.add(new URL(origin).origin);
  }
  return originSet;
}

// A GOAWAY from the peer: a NO_ERROR one closes this side gracefully too; any other destroys the
// session with the peer's code (this side sends NO_ERROR back: it had no error of its own).
// A session's settings in force (`remote`: its peer's), asked of the host once and kept under
// `key`; none while it connects or once it is destroyed.
function settingsInForce(session, key, remote) {
  if (session[key] !== undefined) return session[key];
  if (session.destroyed || session.connecting) return {};
  session[key] = settingsFromHost(JSON.parse(host.http2SettingsInForce(session[kHostId], remote)));
  return session[key];
}

function onGoawayData(session, code, lastStreamID, opaque) {
  const state = session[kState];
  state.goawayCode = code;
  state.goawayLastStreamID = lastStreamID;
  session.emit('goaway', code, lastStreamID, opaque);
  if (code === NGHTTP2_NO_ERROR) session.close();
  else session.destroy(new ERR_HTTP2_SESSION_ERROR(code), NGHTTP2_NO_ERROR);
}

function socketOnError(error) {
  const session = this[kBoundSession];
  if (session === undefined) return;
  if (error.code === 'ECONNRESET' && session[kState].goawayCode !== null) session.destroy();
  else session.destroy(error);
}

function socketOnClose() {
  const session = this[kBoundSession];
  if (session === undefined) return;
  const error = session.connecting ? new (require('internal/errors').codes.ERR_SOCKET_CLOSED)() : undefined;
  const state = session[kState];
  state.streams.forEach((stream) => stream.close(NGHTTP2_CANCEL));
  state.pendingStreams.forEach((stream) => stream.close(NGHTTP2_CANCEL));
  session.close();
  if (!session.destroyed) closeSession(session, NGHTTP2_NO_ERROR, error);
}

// destroy(): pending streams are canceled, open ones destroyed with the session's error; a
// GOAWAY with the code goes out if the socket still can, then the socket is ended.
function closeSession(session, code, error) {
  const state = session[kState];
  state.flags |= SESSION_FLAGS_DESTROYED;
  state.destroyCode = code;
  session.setTimeout(0);
  session.removeAllListeners('timeout');
  if (state.pendingStreams.size > 0 || state.streams.size > 0) {
    const cancel = new ERR_HTTP2_STREAM_CANCEL(error);
    state.pendingStreams.forEach((stream) => stream.destroy(cancel));
    state.streams.forEach((stream) => stream.destroy(error));
  }
  const socket = session[kSocket];
  const id = session[kHostId];
  if (id !== undefined) {
    if (!socket.destroyed) {   // (nghttp2 ends every session it tears down with a GOAWAY)
      const answer = host.http2Goaway(id, code, null, null);
      if (answer[1] != null) socket.write(new FastBuffer(answer[1].buffer, answer[1].byteOffset, answer[1].byteLength));
    }
    host.http2Free(id);
    session[kHostId] = undefined;
  }
  for (const { callback } of session[kPings].splice(0)) process.nextTick(callback, new ERR_HTTP2_PING_CANCEL());
  for (const callback of session[kSettingsCallbacks].splice(0)) {
    if (callback !== undefined) process.nextTick(callback, new ERR_HTTP2_SETTINGS_CANCEL());
  }
  finishSessionClose(session, error);
}

function finishSessionClose(session, error) {
  const socket = session[kSocket];
  const server = session[kServer];
  if (server) server[kSessions]?.delete(session);
  session[kProxySocket] = undefined;
  session[kSocket] = undefined;
  socket[kBoundSession] = undefined;
  const emitClose = () => {
    if (error) session.emit('error', error);
    session.emit('close');
  };
  if (!socket.destroyed) {
    socket.on('close', emitClose);
    if (session.closed) socket.resume();   // (to see the peer close the connection)
    // (always after what was written: a graceful close waits for the peer to close its side)
    socket.end(() => {
      if (!session.closed) setImmediate(() => socket.destroy(error));
    });
  } else {
    process.nextTick(emitClose);
  }
}

const kSessions = Symbol.for('nodejs.http2.sessions');

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
    if (server) server[kSessions]?.add(this);
  }

  get server() { return this[kServer]; }

  _onHeaders(streamId, flat, sensitive, endStream, category) {
    this[kUpdateTimer]();
    const headers = toHeaderObject(flat, sensitive);
    const flags = NGHTTP2_FLAG_END_HEADERS | (endStream ? NGHTTP2_FLAG_END_STREAM : 0);
    let stream = this[kState].streams.get(streamId);
    if (stream === undefined) {
      if (this.closed) {
        this._call('http2Reset', streamId, NGHTTP2_REFUSED_STREAM);
        return;
      }
      stream = new ServerHttp2Stream(this, streamId, headers);
      if (endStream) stream.push(null);
      if (headers[':method'] === 'HEAD') {
        stream.end();
        stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
      }
      if (endStream) stream[kState].endAfterHeaders = true;
      emitStreamEvent(this, stream, headers, flags, flat);
      return;
    }
    const event = category === 2 || (endStream && headers[':status'] === undefined) ? 'trailers' : 'headers';
    emitHeaderEvent(stream, event, headers, flags, flat);
    if (endStream) afterHeaderEvents(stream, () => stream.push(null));
  }

  altsvc(alt, originOrStream) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    const { ERR_HTTP2_ALTSVC_INVALID_ORIGIN, ERR_HTTP2_ALTSVC_LENGTH, ERR_INVALID_CHAR } = require('internal/errors').codes;
    let stream = 0;
    let origin;
    if (typeof originOrStream === 'string') {
      origin = urlOrigin(originOrStream);
      if (origin === 'null') throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (typeof originOrStream === 'number') {
      if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
        throw new ERR_OUT_OF_RANGE('originOrStream', `> 0 && < ${2 ** 32}`, originOrStream);
      }
      stream = originOrStream;
    } else if (originOrStream !== undefined) {
      if (originOrStream !== null && typeof originOrStream === 'object') origin = originOrStream.origin;
      if (typeof origin !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'object'], originOrStream);
      } else if (origin === 'null' || origin.length === 0) {
        throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
      }
    }
    require('internal/validators').validateString(alt, 'alt');
    // (an ALTSVC field value: tabs, visible and obs-text characters, no backslash)
    if (!/^[\x09\x20-\x5b\x5d-\x7e\x80-\xff]*$/.test(alt)) throw new ERR_INVALID_CHAR('Invalid character in alt');
    if (alt.length + (origin !== undefined ? origin.length : 0) > 16382) throw new ERR_HTTP2_ALTSVC_LENGTH();
    this._call('http2Altsvc', stream, origin || '', alt);
  }

  origin(...origins) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    const { ERR_HTTP2_INVALID_ORIGIN, ERR_HTTP2_ORIGIN_LENGTH } = require('internal/errors').codes;
    const list = [];
    let length = 0;
    for (let origin of origins) {
      if (typeof origin === 'string') origin = urlOrigin(origin);
      else if (origin != null && typeof origin === 'object') origin = origin.origin;
      require('internal/validators').validateString(origin, 'origin');
      if (origin === 'null') throw new ERR_HTTP2_INVALID_ORIGIN();
      list.push(origin);
      length += origin.length;
    }
    if (length > 16382) throw new ERR_HTTP2_ORIGIN_LENGTH();
    this._call('http2Origin', JSON.stringify(list));
  }
}

// an URL's origin, 'null' for what is no URL or has no origin
function urlOrigin(text) {
  try {
    return new URL(text).origin;
  } catch {
    return 'null';
  }
}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    this[kPendingRequests] = null;
  }

  _onHeaders(streamId, flat, sensitive, endStream, category) {
    this[kUpdateTimer]();
    const stream = this[kState].streams.get(streamId);
    if (stream === undefined) return;
    const headers = toHeaderObject(flat, sensitive);
    const flags = NGHTTP2_FLAG_END_HEADERS | (endStream ? NGHTTP2_FLAG_END_STREAM : 0);
    const status = headers[':status'];
    let event;
    if (category === 2) event = 'trailers';
    else if (!endStream && status !== undefined && status >= 100 && status < 200) event = 'headers';
    else if (stream[kPushed] && !stream[kState].pushResponded) event = 'push';
    else event = 'response';
    if (event === 'push') stream[kState].pushResponded = true;
    if (status === 421) initOriginSet(this).delete(stream[kOrigin]);
    emitHeaderEvent(stream, event, headers, flags, flat);
    if (endStream) afterHeaderEvents(stream, () => stream.push(null));
  }

  // A PUSH_PROMISE: the promised stream is the session's 'stream' (its response comes as 'push')
  _onPushPromise(streamId, flat, sensitive) {
    const headers = toHeaderObject(flat, sensitive);
    if (this.closed) {
      this._call('http2Reset', streamId, NGHTTP2_REFUSED_STREAM);
      return;
    }
    const stream = new ClientHttp2Stream(this, streamId);
    stream[kPushed] = true;
    stream[kState].shutdownCalled = true;   // (the promise reserved it: this side sends nothing)
    stream[kState].localEnded = true;
    stream.end();
    emitStreamEvent(this, stream, headers, NGHTTP2_FLAG_END_HEADERS, flat);
  }

  request(headersParam, options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    this[kUpdateTimer]();
    let prepared;
    if (Array.isArray(headersParam)) {
      prepared = prepareRequestHeadersArray(headersParam, this);
    } else if (headersParam !== null && typeof headersParam === 'object') {
      prepared = prepareRequestHeadersObject(headersParam, this);
    } else if (headersParam === undefined) {
      prepared = prepareRequestHeadersObject({}, this);
    } else {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Object', 'Array'], headersParam);
    }
    assertIsObject(options, 'options');
    options = { ...options };
    validatePriorityOptions(options);
    if (options.endStream === undefined) options.endStream = isPayloadMeaningless(prepared.method);
    else validateBoolean(options.endStream, 'options.endStream');

    const stream = new ClientHttp2Stream(this, undefined);
    stream[kSentHeaders] = prepared.headersObject;
    stream[kRawHeaders] = prepared.rawHeaders;
    stream[kOrigin] = `${prepared.scheme}://${prepared.authority}`;
    if (options.endStream) stream.end();
    if (options.waitForTrailers) stream[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      const abort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) {
        abort();
      } else {
        signal.addEventListener('abort', abort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', abort));
      }
    }
    const onConnect = () => requestOnConnect(stream, prepared.headersList, options);
    if (this.connecting) {
      if (this[kPendingRequests] === null) {
        this[kPendingRequests] = [];
        this.once('connect', () => {
          const pending = this[kPendingRequests];
          this[kPendingRequests] = null;
          for (const request of pending) request();
        });
      }
      this[kPendingRequests].push(onConnect);
    } else {
      onConnect();
    }
    return stream;
  }
}

// node 24 ignores priority (RFC 9113 deprecated it) but still checks the options
function validatePriorityOptions(options) {
  if (options.weight !== undefined) validateNumber(options.weight, 'options.weight');
  if (options.parent !== undefined) validateNumber(options.parent, 'options.parent');
  if (options.exclusive !== undefined) validateBoolean(options.exclusive, 'options.exclusive');
  if (options.silent !== undefined) validateBoolean(options.silent, 'options.silent');
}

// The session is connected: the request's HEADERS go out and the stream gets its id.
function requestOnConnect(stream, headersList, options) {
  const session = stream[kSession];
  if (session === undefined || session.destroyed || stream.destroyed) return;
  if (session.closed) {
    stream.destroy(new ERR_HTTP2_GOAWAY_SESSION());
    return;
  }
  const id = host.http2NewStreamId(session[kHostId]);
  if (id > kMaxStreams) {
    stream.destroy(new ERR_HTTP2_OUT_OF_STREAMS());
    return;
  }
  if ('weight' in options) emitWeightDeprecation();
  if (options.endStream) stream[kState].localEnded = true;
  stream[kState].shutdownCalled = Boolean(options.endStream);
  session._call('http2SendHeaders', id, headersList[0], Boolean(options.endStream));
  stream._init(id);
  stream.emit('ready');
}

// -- streams -------------------------------------------------------------------------------------

// The host says the protocol closed the stream (code: the RST_STREAM's, 0 when both ends ended):
// it is destroyed at once when errored or fully read, else once its reader has the rest.
function onStreamClose(stream, code) {
  if (stream.destroyed) return;
  if (!stream.closed) closeStream(stream, code, kNoRstStream);
  if (!stream.readable || code !== NGHTTP2_NO_ERROR) {
    stream.destroy();
    return;
  }
  stream.on('end', () => stream[kMaybeDestroy]());
  stream.push(null);
  // a server's request body no one reads is dumped, so the stream can end
  if (stream[kSession][kType] === NGHTTP2_SESSION_SERVER && !stream[kState].didRead &&
      stream.readableFlowing === null) {
    stream.resume();
  } else {
    stream.read(0);
  }
}

function closeStream(stream, code, rstStatus = kSubmitRstStream) {
  const state = stream[kState];
  state.flags |= STREAM_FLAGS_CLOSED;
  state.rstCode = code;
  stream.setTimeout(0);
  stream.removeAllListeners('timeout');
  const { ending } = stream._writableState;
  if (!ending) {
    // the writable side was still open: the stream was aborted
    if (!stream.aborted) {
      state.flags |= STREAM_FLAGS_ABORTED;
      stream.emit('aborted');
    }
    stream.end();
  }
  if (rstStatus !== kNoRstStream) {
    const finish = () => finishCloseStream(stream, code);
    if (!ending || stream.writableFinished || code !== NGHTTP2_NO_ERROR || rstStatus === kForceRstStream) finish();
    else stream.once('finish', finish);
  }
}

function finishCloseStream(stream, code) {
  if (stream.pending) {
    stream.push(null);
    stream.once('ready', () => submitRstStream(stream, code));
    return;
  }
  submitRstStream(stream, code);
}

function submitRstStream(stream, code) {
  const session = stream[kSession] ?? stream[kState].session;
  if (session !== undefined && !session.destroyed && stream[kId] !== undefined) {
    session._call('http2Reset', stream[kId], code);
  }
}

class Http2Stream extends Duplex {
  constructor(session, id) {
    super({ allowHalfOpen: true, decodeStrings: false, autoDestroy: false });
    // writes wait (corked) until the stream has its id
    this.cork();
    this[kSession] = session;
    this[kId] = undefined;
    this[kTimeout] = null;
    this[kUnacknowledged] = 0;
    this[kState] = {
      didRead: false, flags: 0, rstCode: NGHTTP2_NO_ERROR, writeQueueSize: 0, trailersReady: false,
      endAfterHeaders: false, localEnded: false, shutdownCalled: false, session, headerEvents: 0, deferred: 0,
      shutdownPending: false,
    };
    this[kRequest] = null;
    this[kProxySocket] = null;
    this[kSentHeaders] = undefined;
    this[kSentTrailers] = undefined;
    this[kInfoHeaders] = undefined;
    this._readableState.readingMore = true;
    session[kState].pendingStreams.add(this);
    if (id !== undefined) this._init(id);
  }

  _init(id) {
    const session = this[kSession];
    this[kState].flags |= STREAM_FLAGS_READY;
    session[kState].pendingStreams.delete(this);
    session[kState].streams.set(id, this);
    this[kId] = id;
    this.uncork();
  }

  get id() { return this[kId]; }
  get pending() { return this[kId] === undefined; }
  get session() { return this[kSession]; }
  get headersSent() { return (this[kState].flags & STREAM_FLAGS_HEADERS_SENT) !== 0; }
  get aborted() { return (this[kState].flags & STREAM_FLAGS_ABORTED) !== 0; }
  get headRequest() { return (this[kState].flags & STREAM_FLAGS_HEAD_REQUEST) !== 0; }
  get closed() { return (this[kState].flags & STREAM_FLAGS_CLOSED) !== 0; }
  get rstCode() { return this[kState].rstCode; }
  get endAfterHeaders() { return this[kState].endAfterHeaders; }
  // (for headers given as a flat list: an object of them, repeated names as arrays)
  get sentHeaders() {
    const raw = this[kRawHeaders];
    if (this[kSentHeaders] || !raw) return this[kSentHeaders];
    const headers = { __proto__: null };
    for (let i = 0; i < raw.length; i += 2) {
      const existing = headers[raw[i]];
      if (existing === undefined) headers[raw[i]] = raw[i + 1];
      else if (Array.isArray(existing)) existing.push(raw[i + 1]);
      else headers[raw[i]] = [existing, raw[i + 1]];
    }
    if (raw[kSensitiveHeaders] !== undefined) headers[kSensitiveHeaders] = raw[kSensitiveHeaders];
    return headers;
  }
  get sentTrailers() { return this[kSentTrailers]; }
  get sentInfoHeaders() { return this[kInfoHeaders]; }
  get bufferSize() { return this[kState].writeQueueSize + this.writableLength; }

  // (weight and sumDependencyWeight: node 24 no longer does priority, RFC 9113's deprecated
  // signalling, so every stream has the default weight and no dependants)
  get state() {
    const session = this[kSession];
    const known = this.destroyed || this.pending || session === undefined || session[kHostId] === undefined ? null
      : host.http2StreamState(session[kHostId], this[kId]);
    if (!known) return {};
    return { localWindowSize: known[1], state: nghttp2StreamStates[known[0]],
             localClose: Number(this[kState].localEnded), remoteClose: Number(this.readableEnded || this._readableState.ended),
             sumDependencyWeight: 0, weight: 16 };
  }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    this[kTimeout]?.refresh();
    this[kSession]?.[kUpdateTimer]();
  }

  _onTimeout() {
    if (this.destroyed) return;
    this.emit('timeout');
  }

  _proceed() {}

  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { format } = require('util');
    return `Http2Stream ${format({
      id: this[kId] || '<pending>', closed: this.closed, destroyed: this.destroyed, state: this.state,
      readableState: this._readableState, writableState: this._writableState,
    })}`;
  }

  _write(chunk, encoding, callback) {
    this._writeGeneric([typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk], callback);
  }

  _writev(chunks, callback) {
    this._writeGeneric(chunks.map(({ chunk, encoding }) =>
      (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk)), callback);
  }

  _writeGeneric(buffers, callback) {
    if (this.pending) {
      this.once('ready', () => this._writeGeneric(buffers, callback));
      return;
    }
    if (this.destroyed) return;
    this[kUpdateTimer]();
    if (!this.headersSent) this._proceed();
    const bytes = buffers.length === 1 ? buffers[0] : Buffer.concat(buffers);
    const state = this[kState];
    const session = this[kSession];
    state.writeQueueSize += bytes.byteLength;
    session[kState].writeQueueSize += bytes.byteLength;
    this._sendData(bytes, false, (error) => {
      state.writeQueueSize -= bytes.byteLength;
      session[kState].writeQueueSize -= bytes.byteLength;
      if (error) this.destroy(error);
      callback(error);
    });
  }

  _sendData(bytes, end, callback) {
    const session = this[kSession];
    if (session === undefined || session.destroyed || session[kHostId] === undefined) {
      callback(new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    const request = nextWrite++;
    session[kWrites].set(request, callback);
    session._call('http2SendData', this[kId], new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), end, request);
  }

  _final(callback) {
    if (this.pending) {
      this.once('ready', () => this._final(callback));
      return;
    }
    this._shutdownWritable(callback);
  }

  // The writable side ends: END_STREAM goes out (after the queued DATA), or, when trailers are
  // wanted, 'wantTrailers' is emitted once the DATA went out.
  _shutdownWritable(callback) {
    const state = this[kState];
    if (state.shutdownCalled || this.destroyed || this.closed) {
      callback();
      this.once('finish', () => this[kMaybeDestroy]());
      return;
    }
    state.shutdownCalled = true;
    if (!this.headersSent) {
      // a server stream ended before it responded: the response's HEADERS will end it
      state.shutdownPending = true;
      callback();
      this.once('finish', () => this[kMaybeDestroy]());
      return;
    }
    if (state.flags & STREAM_FLAGS_HAS_TRAILERS) {
      this._sendData(Buffer.alloc(0), false, () => {
        callback();
        this.once('finish', () => this[kMaybeDestroy]());
        onStreamTrailers(this);
      });
      return;
    }
    state.localEnded = true;
    this._sendData(Buffer.alloc(0), true, () => {
      callback();
      this.once('finish', () => this[kMaybeDestroy]());
    });
  }

  _read() {
    if (this.destroyed) {
      this.push(null);
      return;
    }
    if (!this[kState].didRead) {
      this._readableState.readingMore = false;
      this[kState].didRead = true;
    }
    this._acknowledge();
  }

  // The reader took data: the peer may send as much again.
  _acknowledge() {
    const size = this[kUnacknowledged];
    if (size === 0 || this.pending) return;
    this[kUnacknowledged] = 0;
    this[kSession]?._call('http2Consumed', this[kId], size);
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kSentTrailers]) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    this[kUpdateTimer]();
    const list = buildNgHeaderString(headers, assertValidPseudoHeaderTrailer);
    this[kSentTrailers] = headers;
    setImmediate(() => finishSendTrailers(this, list));
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateInteger(code, 'code', 0, kMaxInt);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.closed) return;
    if (callback !== undefined) this.once('close', callback);
    closeStream(this, code);
  }

  _destroy(error, callback) {
    const session = this[kSession];
    const id = this[kId];
    const state = this[kState];
    const sessionState = session[kState];
    const sessionCode = sessionState.goawayCode || sessionState.destroyCode;
    let code = this.closed ? state.rstCode : sessionCode;
    if (error != null) {
      if (sessionCode) code = sessionCode;
      else if (error instanceof AbortError) code = NGHTTP2_CANCEL;
      else code = NGHTTP2_INTERNAL_ERROR;
    }
    const ready = id !== undefined;
    if (!this.closed) closeStream(this, code, ready ? kForceRstStream : kNoRstStream);
    // what it received and no one will read still counts against the connection's window
    if (this[kUnacknowledged] > 0 && !session.destroyed) {
      session._call('http2Consumed', 0, this[kUnacknowledged]);
      this[kUnacknowledged] = 0;
    }
    this.push(null);
    if (ready) sessionState.streams.delete(id);
    else sessionState.pendingStreams.delete(this);
    sessionState.writeQueueSize -= state.writeQueueSize;
    state.writeQueueSize = 0;
    clearTimeout(this[kTimeout]);
    if (error == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      error = new ERR_HTTP2_STREAM_ERROR(nameForErrorCode[code] || code);
    }
    this[kSession] = undefined;
    setImmediate(() => session[kMaybeDestroy]());
    callback(error);
  }

  // Both sides done: destroy; a server stream that responded and never read its request's body
  // resets it (NO_ERROR) so the client need not send the rest.
  [kMaybeDestroy](code = NGHTTP2_NO_ERROR) {
    if (code !== NGHTTP2_NO_ERROR) {
      this.destroy();
      return;
    }
    if (!this.writableFinished) return;
    if (!this.readable && this.closed) {
      this.destroy();
      return;
    }
    const state = this[kState];
    if (this.headersSent && this[kSession] && this[kSession][kType] === NGHTTP2_SESSION_SERVER &&
        !(state.flags & STREAM_FLAGS_HAS_TRAILERS) && !state.didRead && this.readableFlowing === null) {
      setImmediate(() => this.close());
    }
  }

  // RFC 9113 deprecated priority signalling: node 24 keeps the method, doing nothing, with DEP0194
  priority() {
    emitPriorityDeprecation();
    if (this.destroyed) throw new ERR_HTTP2_INVALID_STREAM();
  }
}

Http2Stream.prototype.setTimeout = setStreamTimeout;

let weightWarned = false;
function emitWeightDeprecation() {
  if (weightWarned) return;
  weightWarned = true;
  process.emitWarning('Priority signaling has been deprecated as of RFC 9113.', 'DeprecationWarning', 'DEP0194');
}

let priorityWarned = false;
function emitPriorityDeprecation() {
  if (priorityWarned) return;
  priorityWarned = true;
  process.emitWarning('http2Stream.priority is longer supported after priority signalling was deprecated in RFC 9113',
    'DeprecationWarning', 'DEP0194');
}

// The DATA went out and trailers were asked for: 'wantTrailers', or none at all without a listener
function onStreamTrailers(stream) {
  stream[kState].trailersReady = true;
  if (stream.destroyed || stream.closed) return;
  if (!stream.emit('wantTrailers')) stream.sendTrailers({});
}

function finishSendTrailers(stream, list) {
  if (stream.destroyed) return;
  stream[kState].flags &= ~STREAM_FLAGS_HAS_TRAILERS;
  stream[kState].localEnded = true;
  // no trailers at all: an empty DATA frame ends the stream instead (as nghttp2 does for node)
  if (list[1] === 0) stream._sendData(Buffer.alloc(0), true, () => {});
  else stream[kSession]._call('http2SendHeaders', stream[kId], list[0], true);
  stream[kMaybeDestroy]();
}

// -- responses -----------------------------------------------------------------------------------

// a response's headers object: a copy with :status (200 by default) and, unless sendDate is
// false, date
function prepareResponseHeadersObject(given, options) {
  assertIsObject(given, 'headers', ['Object', 'Array']);
  const headers = { __proto__: null };
  if (given !== null && given !== undefined) {
    for (const key in given) {
      if (Object.hasOwn(given, key)) headers[key] = given[key];
    }
    headers[kSensitiveHeaders] = given[kSensitiveHeaders];
  }
  const statusCode = headers[':status'] = headers[':status'] | 0 || 200;
  if (options.sendDate == null || options.sendDate) headers.date ??= utcDate();
  validateResponseHeaders(headers, statusCode);
  return { headers, statusCode };
}

function prepareResponseHeadersArray(headers, options) {
  let statusCode;
  let dateSet = false;
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i].toLowerCase();
    if (name === ':status') statusCode = headers[i + 1] | 0;
    else if (name === 'date') dateSet = true;
  }
  if (!statusCode) {
    statusCode = 200;
    headers.unshift(':status', statusCode);
  }
  if (!dateSet && (options.sendDate == null || options.sendDate)) headers.push('date', utcDate());
  validateResponseHeaders(headers, statusCode);
  return { headers, statusCode };
}

// (stricter than HTTP/1's 100-999: HTTP/2 started afresh)
function validateResponseHeaders(headers, statusCode) {
  if (statusCode < 200 || statusCode > 599) throw new ERR_HTTP2_STATUS_INVALID(statusCode);
  const neverIndex = headers[kSensitiveHeaders];
  if (neverIndex !== undefined && !Array.isArray(neverIndex)) {
    throw new ERR_INVALID_ARG_VALUE('headers[http2.neverIndex]', neverIndex);
  }
}

function noPayloadStatus(statusCode) {
  return statusCode === 204 || statusCode === 205 || statusCode === 304;
}

// What respondWithFD and respondWithFile check first, in node's order: the stream can still
// respond and the options are valid. Their copy, with 'wantTrailers' noted on the stream.
function fileResponseOptions(stream, options) {
  if (stream.destroyed || stream.closed) throw new ERR_HTTP2_INVALID_STREAM();
  if (stream.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
  assertIsObject(options, 'options');
  options = { ...options };
  if (options.offset !== undefined && typeof options.offset !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.offset', options.offset);
  }
  if (options.length !== undefined && typeof options.length !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.length', options.length);
  }
  if (options.statCheck !== undefined && typeof options.statCheck !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('options.statCheck', options.statCheck);
  }
  if (options.waitForTrailers) stream[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
  return options;
}

// Then both: the response headers of a file's body, which the status and method must allow
// (`ownsFd`: the stream opened the descriptor and closes it).
function fileResponseHeaders(stream, headersParam, options, ownsFd) {
  stream[kUpdateTimer]();
  stream.ownsFd = ownsFd;
  const { headers, statusCode } = prepareResponseHeadersObject(headersParam, options);
  if (noPayloadStatus(statusCode) || stream.headRequest) throw new ERR_HTTP2_PAYLOAD_FORBIDDEN(statusCode);
  return headers;
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers) {
    super(session, id);
    this[kProtocol] = headers[':scheme'];
    this[kAuthority] = getAuthority(headers);
    this.requestHeaders = headers;
  }

  get pushAllowed() {
    return !this.destroyed && !this.closed && !this.session.closed && !this.session.destroyed &&
      this[kSession].remoteSettings.enablePush;
  }

  // a write before respond() responds with a 200 first, as node does
  _proceed() {
    this.respond();
  }

  pushStream(headers, options, callback) {
    if (!this.pushAllowed) throw new ERR_HTTP2_PUSH_DISABLED();
    if (this[kId] % 2 === 0) throw new ERR_HTTP2_NESTED_PUSH();
    const session = this[kSession];
    this[kUpdateTimer]();
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    assertIsObject(options, 'options');
    options = { ...options };
    options.endStream = Boolean(options.endStream);
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    headers[':method'] ??= 'GET';
    if (getAuthority(headers) === undefined) headers[':authority'] = this[kAuthority];
    headers[':scheme'] ??= this[kProtocol];
    headers[':path'] ??= '/';
    let headRequest = false;
    if (headers[':method'] === 'HEAD') headRequest = options.endStream = true;
    const list = buildNgHeaderString(headers);
    const promisedId = session._call('http2Push', this[kId], list[0]);
    if (typeof promisedId !== 'number') {
      process.nextTick(callback, this.destroyed || this.closed ? new ERR_HTTP2_INVALID_STREAM()
        : new ERR_HTTP2_OUT_OF_STREAMS());
      return;
    }
    const stream = new ServerHttp2Stream(session, promisedId, headers);
    stream[kSentHeaders] = headers;
    stream.push(null);
    if (options.endStream) stream.end();
    if (headRequest) stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
    process.nextTick(callback, null, stream, headers, 0);
  }

  respond(headersParam, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const state = this[kState];
    assertIsObject(options, 'options');
    options = { ...options };
    this[kUpdateTimer]();
    options.endStream = Boolean(options.endStream);
    if (options.waitForTrailers) state.flags |= STREAM_FLAGS_HAS_TRAILERS;
    let prepared;
    if (Array.isArray(headersParam)) {
      prepared = prepareResponseHeadersArray(headersParam, options);
      this[kRawHeaders] = prepared.headers;
    } else {
      prepared = prepareResponseHeadersObject(headersParam, options);
      this[kSentHeaders] = prepared.headers;
    }
    const list = buildNgHeaderString(prepared.headers, assertValidPseudoHeaderResponse);
    state.flags |= STREAM_FLAGS_HEADERS_SENT;
    // 204, 205, 304 and HEAD have no body: the stream ends with the headers (and no trailers)
    if (options.endStream || noPayloadStatus(prepared.statusCode) || this.headRequest || state.shutdownPending) {
      options.endStream = true;
      state.shutdownCalled = true;
      state.localEnded = true;
    }
    this[kSession]._call('http2SendHeaders', this[kId], list[0], options.endStream);
    if (options.endStream) this.end();
  }

  // An open descriptor's bytes (from offset, length of them) are the response's body.
  respondWithFD(fd, headersParam, options) {
    options = fileResponseOptions(this, options);
    if (fd instanceof require('internal/fs/file_handle').FileHandle) fd = fd.fd;
    else if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'FileHandle'], fd);
    const headers = fileResponseHeaders(this, headersParam, options, false);
    if (options.statCheck !== undefined) {
      require('fs').fstat(fd, (error, stat) => {
        if (error) {
          this.destroy(error);
          return;
        }
        if (this.destroyed || this.closed) {
          this.destroy(new ERR_HTTP2_INVALID_STREAM());
          return;
        }
        const statOptions = { offset: options.offset !== undefined ? options.offset : 0,
                              length: options.length !== undefined ? options.length : -1 };
        if (options.statCheck.call(this, stat, headers, statOptions) === false || this.headersSent) return;
        respondWithDescriptor(this, fd, headers, statOptions.offset | 0, statOptions.length | 0);
      });
      return;
    }
    respondWithDescriptor(this, fd, headers, options.offset, options.length);
  }

  respondWithFile(path, headersParam, options) {
    options = fileResponseOptions(this, options);
    const headers = fileResponseHeaders(this, headersParam, options, true);
    const fs = require('fs');
    const fail = (error) => {
      if (options.onError) options.onError(error);
      else this.destroy(error);
    };
    fs.open(path, 'r', (error, fd) => {
      if (error) {
        fail(error);
        return;
      }
      if (this.destroyed || this.closed) {
        fs.close(fd, () => {});
        return;
      }
      fs.fstat(fd, (statError, stat) => {
        if (statError) {
          fs.close(fd, () => {});
          fail(statError);
          return;
        }
        if (!stat.isFile()) {
          const isDirectory = stat.isDirectory();
          if (options.offset !== undefined || options.length !== undefined || isDirectory) {
            fs.close(fd, () => {});
            fail(isDirectory ? new ERR_HTTP2_SEND_FILE() : new ERR_HTTP2_SEND_FILE_NOSEEK());
            return;
          }
          options.offset = -1;
          options.length = -1;
        }
        if (this.destroyed || this.closed) {
          fs.close(fd, () => {});
          this.destroy(new ERR_HTTP2_INVALID_STREAM());
          return;
        }
        const statOptions = { offset: options.offset !== undefined ? options.offset : 0,
                              length: options.length !== undefined ? options.length : -1 };
        if ((typeof options.statCheck === 'function' && options.statCheck.call(this, stat, headers) === false) ||
            this.headersSent) {
          fs.close(fd, () => {});
          return;
        }
        if (stat.isFile()) {
          statOptions.length = statOptions.length < 0 ? stat.size - (+statOptions.offset)
            : Math.min(stat.size - (+statOptions.offset), statOptions.length);
          headers['content-length'] = statOptions.length;
        }
        respondWithDescriptor(this, fd, headers, options.offset | 0, statOptions.length | 0);
      });
    });
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[':status'] != null) {
      const statusCode = headers[':status'] |= 0;
      if (statusCode === 101) throw new ERR_HTTP2_STATUS_101();
      if (statusCode < 100 || statusCode >= 200) throw new ERR_HTTP2_INVALID_INFO_STATUS(headers[':status']);
    }
    this[kUpdateTimer]();
    const list = buildNgHeaderString(headers, assertValidPseudoHeaderResponse);
    (this[kInfoHeaders] ??= []).push(headers);
    this[kSession]._call('http2SendHeaders', this[kId], list[0], false);
  }
}

// The response's HEADERS, then the descriptor's bytes as its DATA (read on the thread pool, as
// fast as the peer's window takes them), then the end; a read error resets the stream.
function respondWithDescriptor(stream, fd, headers, offset = 0, length = -1) {
  const state = stream[kState];
  let list;
  try {
    list = buildNgHeaderString(headers, assertValidPseudoHeaderResponse);
  } catch (error) {
    stream.destroy(error);
    return;
  }
  state.flags |= STREAM_FLAGS_HEADERS_SENT;
  stream[kSentHeaders] = headers;
  const hasTrailers = (state.flags & STREAM_FLAGS_HAS_TRAILERS) !== 0;
  stream._final = (callback) => callback();
  stream.end();
  stream[kSession]._call('http2SendHeaders', stream[kId], list[0], false);
  const fs = require('fs');
  const closeFd = () => {
    if (stream.ownsFd) fs.close(fd, () => {});
  };
  let position = offset >= 0 ? offset : null;
  let remaining = length >= 0 ? length : Infinity;
  const chunkSize = 64 * 1024;
  state.writeQueueSize += 1;
  const finish = () => {
    state.writeQueueSize -= 1;
    closeFd();
    if (stream.destroyed) return;
    if (hasTrailers) {
      state.shutdownCalled = true;
      stream._sendData(Buffer.alloc(0), false, () => onStreamTrailers(stream));
    } else {
      state.shutdownCalled = true;
      state.localEnded = true;
      stream._sendData(Buffer.alloc(0), true, () => stream[kMaybeDestroy]());
    }
  };
  const readNext = () => {
    if (stream.destroyed) {
      state.writeQueueSize -= 1;
      closeFd();
      return;
    }
    if (remaining <= 0) {
      finish();
      return;
    }
    const buffer = Buffer.allocUnsafe(Math.min(chunkSize, remaining));
    fs.read(fd, buffer, 0, buffer.length, position, (error, bytesRead) => {
      if (error) {
        state.writeQueueSize -= 1;
        closeFd();
        if (!stream.destroyed) stream.close(NGHTTP2_INTERNAL_ERROR);
        return;
      }
      if (bytesRead === 0) {
        finish();
        return;
      }
      if (position !== null) position += bytesRead;
      remaining -= bytesRead;
      if (stream.destroyed) {
        readNext();
        return;
      }
      stream._sendData(buffer.subarray(0, bytesRead), false, readNext);
    });
  };
  readNext();
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, id) {
    super(session, id);
    this[kState].flags |= STREAM_FLAGS_HEADERS_SENT;
    this.on('headers', (headers) => {
      if (headers[':status'] === 100) this.emit('continue');
    });
  }
}

module.exports = {
  Http2Session, ServerHttp2Session, ClientHttp2Session, Http2Stream, ServerHttp2Stream, ClientHttp2Stream,
  kSessions, kServer,
};
