'use strict';
// node:http2's sessions and streams. A session sits on a socket (net.Socket for h2c, TLSSocket
// for h2): what the socket reads goes to the session's HTTP/2 state machine in the host
// (node/host_http2.py, the h2 package), whose answer is the bytes to write back and the events the
// bytes held (headers, data, resets, settings, pings, GOAWAY), dispatched here to sessions and
// streams. A stream is a Duplex whose writes the host frames as DATA within the peer's
// flow-control window; what it reads is acknowledged to the peer (WINDOW_UPDATE) only once the
// reader took it, so a slow reader holds the sender back.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const {
  codes: {
    ERR_HTTP2_GOAWAY_SESSION, ERR_HTTP2_HEADERS_SENT, ERR_HTTP2_INVALID_CONNECTION_HEADERS, ERR_HTTP2_INVALID_SESSION,
    ERR_HTTP2_INVALID_STREAM, ERR_HTTP2_PING_LENGTH, ERR_HTTP2_PUSH_DISABLED, ERR_HTTP2_SESSION_ERROR,
    ERR_HTTP2_STATUS_INVALID, ERR_HTTP2_STREAM_ERROR, ERR_HTTP2_TRAILERS_ALREADY_SENT, ERR_HTTP2_TRAILERS_NOT_READY,
    ERR_HTTP2_ERROR, ERR_INVALID_ARG_TYPE, ERR_HTTP2_CONNECT_AUTHORITY, ERR_HTTP2_CONNECT_PATH, ERR_HTTP2_CONNECT_SCHEME,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateNumber, validateObject, validateUint32,
} = require('internal/validators');
const constants = require('internal/http2/constants');
const { settingsToHost, settingsFromHost, defaultSettings } = require('internal/http2/settings');
const { utcDate } = require('internal/http/date');

const {
  NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR, NGHTTP2_FLAG_END_STREAM, NGHTTP2_FLAG_END_HEADERS,
  NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT,
} = constants;

const kId = Symbol('kId');
const kSession = Symbol('kSession');
const kStreams = Symbol('kStreams');
const kSocket = Symbol('kSocket');
const kWrites = Symbol('kWrites');
const kPings = Symbol('kPings');
const kSettingsCallbacks = Symbol('kSettingsCallbacks');
const kUnacknowledged = Symbol('kUnacknowledged');
const kLocalEnded = Symbol('kLocalEnded');
const kRemoteEnded = Symbol('kRemoteEnded');
const kAuthority = Symbol('kAuthority');
const kProtocol = Symbol('kProtocol');
const kState = Symbol('kState');

const errorCodeNames = Object.fromEntries(Object.entries(constants)
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
let priorityWarned = false;

function emitPriorityDeprecation() {
  if (priorityWarned) return;
  priorityWarned = true;
  process.emitWarning('http2Stream.priority is longer supported after priority signalling was deprecated in RFC 9113',
    'DeprecationWarning', 'DEP0194');
}

// -- headers -------------------------------------------------------------------------------------

// node's header object from the host's flat [name, value, ...] list: a null-prototype object,
// ':status' a number, repeated names joined (set-cookie kept as an array, cookie with '; ')
function headersObject(flat) {
  const headers = { __proto__: null };
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i];
    let value = flat[i + 1];
    if (name === ':status') value = Number(value);
    const existing = headers[name];
    if (existing === undefined) headers[name] = name === 'set-cookie' ? [value] : value;
    else if (name === 'set-cookie') existing.push(value);
    else headers[name] = `${existing}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
  return headers;
}

const connectionHeaders = new Set(['connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding',
  'keep-alive', 'proxy-connection']);

// The wire's [name, value, ...] for a headers object: pseudo-headers first, names lower-cased,
// an array a header per item; HTTP/1's connection headers are refused as node refuses them.
function headersList(headers) {
  const pseudo = [];
  const regular = [];
  for (const key of Object.keys(headers)) {
    const value = headers[key];
    if (value === undefined) continue;
    const name = key.toLowerCase();
    if (connectionHeaders.has(name) && !(name === 'te' && value === 'trailers')) {
      throw new ERR_HTTP2_INVALID_CONNECTION_HEADERS(name);
    }
    const target = name[0] === ':' ? pseudo : regular;
    if (Array.isArray(value)) for (const item of value) target.push(name, String(item));
    else target.push(name, String(value));
  }
  return pseudo.concat(regular);
}

// -- sessions ------------------------------------------------------------------------------------

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    this[kState] = { closed: false, destroyed: false, goawayReceived: false, connecting: true };
    this[kSocket] = socket;
    this[kStreams] = new Map();
    this[kWrites] = new Map();   // write request id -> callback
    this[kPings] = [];
    this[kSettingsCallbacks] = [];
    this.type = type;
    this.alpnProtocol = socket.alpnProtocol || 'h2c';
    this.encrypted = Boolean(socket.encrypted);
    this.localSettings = { ...defaultSettings(), ...options.settings };
    this.remoteSettings = defaultSettings();
    this.pendingSettingsAck = true;
    const [id, answer] = host.http2Open(type === NGHTTP2_SESSION_SERVER, settingsToHost(options.settings ?? {}));
    this[kId] = id;
    socket.on('data', (chunk) => {
      if (!this.destroyed) this._answer(host.http2Receive(this[kId], chunk));
    });
    socket.on('error', (error) => this.destroy(error));
    socket.on('close', () => this.destroy());
    this._answer(answer);
  }

  get closed() { return this[kState].closed; }
  get destroyed() { return this[kState].destroyed; }
  get connecting() { return this[kState].connecting; }
  get socket() { return this[kSocket]; }
  get originSet() { return this.encrypted ? [this[kAuthority] ? `https://${this[kAuthority]}` : undefined].filter(Boolean) : undefined; }

  get state() {
    if (this.destroyed) return {};
    const [outbound, inbound, streams, lastIn, lastOut, unacknowledged, queued, deflateTable, inflateTable] =
      host.http2State(this[kId]);
    return {
      effectiveLocalWindowSize: inbound,
      effectiveRecvDataLength: unacknowledged,
      nextStreamID: this.type === NGHTTP2_SESSION_CLIENT ? lastOut + 2 || 1 : lastOut + 2 || 2,
      localWindowSize: inbound,
      lastProcStreamID: lastIn,
      remoteWindowSize: outbound,
      outboundQueueSize: queued,
      deflateDynamicTableSize: deflateTable,
      inflateDynamicTableSize: inflateTable,
      streams,
    };
  }

  // The host's answer to any call: [events JSON, bytes to send, ...payloads]. The bytes go out
  // first, then the events are dispatched in order.
  _answer(answer) {
    const out = answer[1];
    if (out != null && !this[kSocket].destroyed) this[kSocket].write(new FastBuffer(out.buffer, out.byteOffset, out.byteLength));
    const events = JSON.parse(answer[0]);
    for (const event of events) this._dispatch(event, answer);
  }

  _call(method, ...args) {
    if (this.destroyed) return undefined;
    const answer = host[method](this[kId], ...args);
    if (answer.length === 2 && typeof answer[0] !== 'string') {   // [result, answer]
      this._answer(answer[1]);
      return answer[0];
    }
    this._answer(answer);
    return undefined;
  }

  _dispatch(event, payloads) {
    switch (event[0]) {
      case 'headers': {
        const [, streamId, flat, endStream, category] = event;
        const flags = NGHTTP2_FLAG_END_HEADERS | (endStream ? NGHTTP2_FLAG_END_STREAM : 0);
        this._onHeaders(streamId, headersObject(flat), flags, flat, category);
        break;
      }
      case 'data': {
        const stream = this[kStreams].get(event[1]);
        const bytes = payloads[event[2]];
        if (stream === undefined) {
          this._call('http2Consumed', 0, event[3]);
          break;
        }
        stream[kUnacknowledged] += event[3];
        if (stream.push(new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength))) stream._acknowledge();
        break;
      }
      case 'end': {
        const stream = this[kStreams].get(event[1]);
        if (stream !== undefined) {
          stream[kRemoteEnded] = true;
          stream.push(null);
          stream._maybeClose();
        }
        break;
      }
      case 'reset': {
        const stream = this[kStreams].get(event[1]);
        if (stream !== undefined) stream._onReset(event[2]);
        break;
      }
      case 'push':
        this._onPush(event[1], event[2], headersObject(event[3]), event[3]);
        break;
      case 'remoteSettings': {
        Object.assign(this.remoteSettings, settingsFromHost(event[1]));
        this.emit('remoteSettings', this.remoteSettings);
        break;
      }
      case 'settingsAck': {
        this.pendingSettingsAck = this[kSettingsCallbacks].length > 1;
        const callback = this[kSettingsCallbacks].shift();
        callback?.(null, this.localSettings, 0);
        this.emit('localSettings', this.localSettings);
        break;
      }
      case 'ping': {
        const bytes = payloads[event[1]];
        this.emit('ping', Buffer.from(bytes));
        break;
      }
      case 'pingAck': {
        const pending = this[kPings].shift();
        if (pending !== undefined) {
          const bytes = payloads[event[1]];
          pending.callback(null, Number(process.hrtime.bigint() - pending.start) / 1e6, Buffer.from(bytes));
        }
        break;
      }
      case 'goaway': {
        const [, code, lastStreamID, opaque] = event;
        this[kState].goawayReceived = true;
        this.emit('goaway', code, lastStreamID, opaque === null ? Buffer.alloc(0) : Buffer.from(payloads[opaque]));
        if (code !== NGHTTP2_NO_ERROR) this.destroy(new ERR_HTTP2_SESSION_ERROR(errorCodeNames[code] ?? code), code);
        else this.close();
        break;
      }
      case 'written':
        for (const request of event[1]) {
          const callback = this[kWrites].get(request);
          this[kWrites].delete(request);
          callback?.();
        }
        break;
      case 'protocolError':
        this.destroy(new ERR_HTTP2_ERROR(`${event[1]}: ${event[2]}`), event[3]);
        break;
    }
  }

  _onPush() {}

  _streamClosed(stream) {
    this[kStreams].delete(stream.id);
    // (after the stream's own 'close')
    if (this.closed && this[kStreams].size === 0) setImmediate(() => this.destroy());
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined && !ArrayBuffer.isView(payload)) {
      throw new ERR_INVALID_ARG_TYPE('payload', ['Buffer', 'TypedArray', 'DataView'], payload);
    }
    if (payload !== undefined && payload.byteLength !== 8) throw new ERR_HTTP2_PING_LENGTH();
    validateFunction(callback, 'callback');
    const bytes = payload === undefined ? Buffer.alloc(8) : Buffer.from(payload.buffer, payload.byteOffset, 8);
    this[kPings].push({ callback, start: process.hrtime.bigint() });
    this._call('http2Ping', new Uint8Array(bytes.buffer, bytes.byteOffset, 8));
    return true;
  }

  settings(settings, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateObject(settings, 'settings');
    if (callback !== undefined) validateFunction(callback, 'callback');
    const encoded = settingsToHost(settings);
    Object.assign(this.localSettings, settings);
    this.pendingSettingsAck = true;
    this[kSettingsCallbacks].push(callback);
    this._call('http2Settings', encoded);
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(code, 'code');
    const opaque = opaqueData === undefined ? null : new Uint8Array(opaqueData.buffer, opaqueData.byteOffset, opaqueData.byteLength);
    this._call('http2Goaway', code, lastStreamID ?? null, opaque);
  }

  // Graceful: no new streams; the session ends once its streams have.
  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].closed = true;
    if (typeof callback === 'function') this.once('close', callback);
    this._call('http2Goaway', NGHTTP2_NO_ERROR, null, null);
    if (this[kStreams].size === 0) setImmediate(() => this.destroy());
  }

  destroy(error, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = undefined;
    }
    if (code === undefined) code = error ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_NO_ERROR;
    if (error === undefined && code !== NGHTTP2_NO_ERROR) error = new ERR_HTTP2_SESSION_ERROR(errorCodeNames[code] ?? code);
    const state = this[kState];
    state.closed = true;
    for (const stream of [...this[kStreams].values()]) stream.destroy(error);
    if (code !== NGHTTP2_NO_ERROR && !this[kSocket].destroyed) this._call('http2Goaway', code, null, null);
    state.destroyed = true;
    host.http2Free(this[kId]);
    const socket = this[kSocket];
    if (!socket.destroyed) socket.end();
    setImmediate(() => socket.destroy());
    process.nextTick(() => {
      if (error) this.emit('error', error);
      this.emit('close');
    });
  }

  setTimeout(msecs, callback) {
    this[kSocket].setTimeout(msecs, () => this.emit('timeout'));
    if (typeof callback === 'function') this.once('timeout', callback);
    return this;
  }

  ref() { this[kSocket].ref?.(); }
  unref() { this[kSocket].unref?.(); }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(resolve));
  }
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this.server = server;
    this[kState].connecting = false;
  }

  _onHeaders(streamId, headers, flags, rawHeaders, category) {
    let stream = this[kStreams].get(streamId);
    if (category === 2 && stream !== undefined) {
      stream.emit('trailers', headers, flags, rawHeaders);
      return;
    }
    if (stream !== undefined) return;
    stream = new ServerHttp2Stream(this, streamId, headers);
    this[kStreams].set(streamId, stream);
    this.emit('stream', stream, headers, flags, rawHeaders);
  }

}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    const connected = () => {
      this[kState].connecting = false;
      this.alpnProtocol = socket.alpnProtocol || 'h2c';
      this.encrypted = Boolean(socket.encrypted);
      this.emit('connect', this, socket);
    };
    if (socket.connecting || (socket.encrypted && !socket._secureEstablished)) {
      socket.once(socket.encrypted ? 'secureConnect' : 'connect', connected);
    } else {
      process.nextTick(connected);
    }
  }

  request(headers = {}, options = {}) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed || this[kState].goawayReceived) throw new ERR_HTTP2_GOAWAY_SESSION();
    validateObject(headers, 'headers');
    validateObject(options, 'options');
    for (const name of ['endStream', 'exclusive', 'silent']) {
      if (options[name] !== undefined) validateBoolean(options[name], `options.${name}`);
    }
    if (options.parent !== undefined) validateNumber(options.parent, 'options.parent');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    headers = { ...headers };
    headers[':method'] ??= 'GET';
    const method = String(headers[':method']).toUpperCase();
    headers[':method'] = method;
    // CONNECT names only its target (:path and :scheme belong to the extended CONNECT of RFC 8441)
    if (method === 'CONNECT' && headers[':protocol'] === undefined) {
      if (headers[':authority'] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[':scheme'] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[':path'] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    }
    if (method !== 'CONNECT') {
      if (headers.host === undefined) headers[':authority'] ??= this[kAuthority];   // (a host header stands for it)
      headers[':scheme'] ??= this[kProtocol].slice(0, -1);
      headers[':path'] ??= '/';
    }
    const endStream = options.endStream ?? (method === 'GET' || method === 'HEAD' || method === 'DELETE');
    const streamId = host.http2NewStreamId(this[kId]);
    const stream = new ClientHttp2Stream(this, streamId);
    this[kStreams].set(streamId, stream);
    stream.sentHeaders = headers;
    this._call('http2SendHeaders', streamId, JSON.stringify(headersList(headers)), endStream);
    if (endStream) {
      stream[kLocalEnded] = true;
      stream.end();
    }
    if (options.signal) {
      const abort = () => stream.destroy(new (require('internal/errors').AbortError)(undefined, { cause: options.signal.reason }));
      if (options.signal.aborted) process.nextTick(abort);
      else options.signal.addEventListener('abort', abort, { once: true });
    }
    process.nextTick(() => stream.emit('ready'));
    return stream;
  }

  // The id of the next stream this client opens (odd: the client's)
  setNextStreamID(id) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > 2 ** 32 - 1) throw new ERR_OUT_OF_RANGE('id', '> 0 and <= 4294967295', id);
    host.http2SetNextStreamId(this[kId], id);
  }

  _onHeaders(streamId, headers, flags, rawHeaders, category) {
    const stream = this[kStreams].get(streamId);
    if (stream === undefined) return;
    if (category === 2) stream.emit('trailers', headers, flags, rawHeaders);
    else if (category === 1) stream.emit('headers', headers, flags, rawHeaders);
    else if (stream[kSession] && stream.pushed) stream.emit('push', headers, flags, rawHeaders);
    else stream.emit('response', headers, flags, rawHeaders);
  }

  _onPush(streamId, parentId, headers, rawHeaders) {
    const stream = new ClientHttp2Stream(this, streamId);
    stream.pushed = true;
    stream[kLocalEnded] = true;
    stream.end();
    this[kStreams].set(streamId, stream);
    this.emit('stream', stream, headers, NGHTTP2_FLAG_END_HEADERS, rawHeaders);
  }
}

// -- streams -------------------------------------------------------------------------------------

class Http2Stream extends Duplex {
  constructor(session, id) {
    super({ allowHalfOpen: true, decodeStrings: false, autoDestroy: false });
    this[kSession] = session;
    this[kId] = id;
    this[kUnacknowledged] = 0;
    this[kLocalEnded] = false;
    this[kRemoteEnded] = false;
    this.rstCode = undefined;
    this.sentHeaders = undefined;
    this.sentTrailers = undefined;
    this.sentInfoHeaders = undefined;
    this.headersSent = false;
  }

  get id() { return this[kId]; }
  get session() { return this[kSession]; }
  get pending() { return false; }
  get aborted() { return this.rstCode !== undefined && this.rstCode !== NGHTTP2_NO_ERROR; }
  get closed() { return this.destroyed; }
  get endAfterHeaders() { return this[kRemoteEnded]; }
  get bufferSize() { return this.writableLength; }

  // (weight and sumDependencyWeight: node 24 no longer does priority, RFC 9113's deprecated
  // signalling, so every stream has the default weight and no dependants)
  get state() {
    const session = this[kSession];
    const known = this.destroyed || session.destroyed ? null : host.http2StreamState(session[kId], this[kId]);
    if (!known) return {};
    return { localWindowSize: known[1], state: nghttp2StreamStates[known[0]], localClose: Number(this[kLocalEnded]),
             remoteClose: Number(this[kRemoteEnded]), sumDependencyWeight: 0, weight: 16 };
  }

  _beforeWrite() {}

  _write(chunk, encoding, callback) {
    this._beforeWrite();
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._sendData(bytes, false, callback);
  }

  _final(callback) {
    this._beforeWrite();
    if (this.destroyed || this[kLocalEnded]) {   // (ended already: by the headers' END_STREAM)
      callback();
      this._maybeClose();
      return;
    }
    this[kLocalEnded] = true;
    if (this._wantTrailers) {
      this._finalCallback = callback;
      this._sendData(Buffer.alloc(0), false, () => this.emit('wantTrailers'));
      return;
    }
    this._sendData(Buffer.alloc(0), true, () => {
      callback();
      this._maybeClose();
    });
  }

  _sendData(bytes, end, callback) {
    const session = this[kSession];
    if (session.destroyed) {
      callback(new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    const request = nextWrite++;
    session[kWrites].set(request, () => callback());
    session._call('http2SendData', this[kId], new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), end, request);
  }

  sendTrailers(headers) {
    if (this.sentTrailers !== undefined) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (this._finalCallback === undefined) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    validateObject(headers, 'headers');
    this.sentTrailers = { ...headers };
    const list = headersList(headers);
    const callback = this._finalCallback;
    this._finalCallback = undefined;
    this[kLocalEnded] = true;
    const done = () => {
      callback();
      this._maybeClose();
    };
    // no trailers at all: an empty DATA frame ends the stream instead (as node does: some
    // clients mishandle an empty HEADERS frame)
    if (list.length === 0) {
      this._sendData(Buffer.alloc(0), true, done);
      return;
    }
    this[kSession]._call('http2SendHeaders', this[kId], JSON.stringify(list), true);
    done();
  }

  // The reader took data: the peer may send as much again.
  _read() {
    this._acknowledge();
  }

  _acknowledge() {
    const size = this[kUnacknowledged];
    if (size === 0) return;
    this[kUnacknowledged] = 0;
    this[kSession]._call('http2Consumed', this[kId], size);
  }

  // Both sides have ended the stream: it closes (at once when nothing is left unread).
  _maybeClose() {
    if (!this[kLocalEnded] || !this[kRemoteEnded] || this.destroyed) return;
    if (!this.writableFinished) return;
    this.rstCode ??= NGHTTP2_NO_ERROR;
    if (this.readableLength === 0) process.nextTick(() => this.destroy());
    else this.once('end', () => this.destroy());
  }

  // The peer reset the stream: 'aborted' if this side was still writing
  _onReset(code) {
    this.rstCode = code;
    this[kRemoteEnded] = true;
    if (!this.writableEnded) this.emit('aborted');
    this.destroy();
  }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateUint32(code, 'code');
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('close', callback);
    }
    if (this.rstCode !== undefined) return;
    this.rstCode = code;
    if (!this[kSession].destroyed) this[kSession]._call('http2Reset', this[kId], code);
    this.destroy();
  }

  // A stream that ends with an error code other than NO_ERROR or CANCEL ends with
  // ERR_HTTP2_STREAM_ERROR, on both sides (as node's)
  _destroy(error, callback) {
    const session = this[kSession];
    if (this.rstCode === undefined) {
      this.rstCode = error ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_CANCEL;
      if (!session.destroyed && !(this[kLocalEnded] && this[kRemoteEnded])) session._call('http2Reset', this[kId], this.rstCode);
    }
    const code = this.rstCode;
    if (!error && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      error = new ERR_HTTP2_STREAM_ERROR(errorCodeNames[code] ?? code);
    }
    session._streamClosed(this);
    callback(error);
  }

  setTimeout(msecs, callback) {
    clearTimeout(this._timer);
    if (typeof callback === 'function') this.once('timeout', callback);
    if (msecs > 0) {
      this._timer = setTimeout(() => this.emit('timeout'), msecs);
      this._timer.unref?.();
      this.once('close', () => clearTimeout(this._timer));
    }
    return this;
  }

  // RFC 9113 deprecated priority signalling: node 24 keeps the method, doing nothing, with DEP0194
  priority() {
    emitPriorityDeprecation();
  }
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers) {
    super(session, id);
    this.requestHeaders = headers;
    this.headRequest = headers[':method'] === 'HEAD';
  }

  get pushAllowed() {
    return !this.destroyed && this[kSession].remoteSettings.enablePush !== false;
  }

  // A write before respond() responds with a 200 first, as node does
  _beforeWrite() {
    if (!this.headersSent) this.respond();
  }

  respond(headers = {}, options = {}) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    validateObject(headers, 'headers');
    validateObject(options, 'options');
    headers = { ...headers };
    headers[':status'] ??= 200;
    const status = Number(headers[':status']);
    if (status < 200 || status > 599) throw new ERR_HTTP2_STATUS_INVALID(headers[':status']);
    if (options.sendDate !== false && headers.date === undefined) headers.date = utcDate();
    this.headersSent = true;
    this.sentHeaders = headers;
    // 204, 205 and 304 and HEAD have no body: the stream ends with the headers
    const method = this.requestHeaders?.[':method'];
    const endStream = Boolean(options.endStream) || status === 204 || status === 205 || status === 304 || method === 'HEAD';
    this._wantTrailers = Boolean(options.waitForTrailers);
    this[kSession]._call('http2SendHeaders', this[kId], JSON.stringify(headersList(headers)), endStream);
    if (endStream) {
      this[kLocalEnded] = true;
      this.end();
    }
  }

  additionalHeaders(headers) {
    if (this.headersSent) throw new (require('internal/errors').codes.ERR_HTTP2_HEADERS_AFTER_RESPOND)();
    validateObject(headers, 'headers');
    this.sentInfoHeaders ??= [];
    this.sentInfoHeaders.push(headers);
    this[kSession]._call('http2SendHeaders', this[kId], JSON.stringify(headersList(headers)), false);
  }

  pushStream(headers, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    if (!this.pushAllowed) throw new ERR_HTTP2_PUSH_DISABLED();
    headers = { ...headers };
    headers[':method'] ??= 'GET';
    headers[':scheme'] ??= this.requestHeaders[':scheme'] ?? 'http';
    headers[':authority'] ??= this.requestHeaders[':authority'];
    headers[':path'] ??= '/';
    const session = this[kSession];
    const promisedId = session._call('http2Push', this[kId], JSON.stringify(headersList(headers)));
    if (promisedId === undefined) return;
    const pushed = new ServerHttp2Stream(session, promisedId, headers);
    pushed[kRemoteEnded] = true;
    pushed.push(null);
    session[kStreams].set(promisedId, pushed);
    process.nextTick(callback, null, pushed, headers);
  }
}

class ClientHttp2Stream extends Http2Stream {}

module.exports = {
  Http2Session, ServerHttp2Session, ClientHttp2Session, Http2Stream, ServerHttp2Stream, ClientHttp2Stream,
  headersObject, headersList, kAuthority, kProtocol,
};
