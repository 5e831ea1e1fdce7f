'use strict';
// The WebSocket client global (and CloseEvent) as node 24's undici has them. The opening
// handshake is an HTTP/1.1 upgrade made with node:http's client, with the head undici writes
// (permessage-deflate offered as undici offers it); the 101 answer is checked as the standard
// says, then the socket is handed to wsproto through node/host_websocket.py, which frames what is
// sent and parses what arrives (masking, fragments, control frames, the close handshake, UTF-8
// checks, permessage-deflate). Errors are undici's: DOMExceptions from the constructor, send and
// close; a failed connection fires an ErrorEvent (its `error` a TypeError saying why) then a
// CloseEvent with code 1006.

const { Buffer } = require('buffer');
const { DOMException } = require('internal/dom_exception');
const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/messaging');
const { isBlob } = require('internal/buffer/blob');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
// host_websocket.py's event kinds
const TEXT = 0;
const BINARY = 1;
const PING = 2;
const PONG = 3;
const CLOSE = 4;
const ERROR = 5;
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;

  constructor(type, init = {}) {
    super(type, init);
    init ??= {};
    this.#wasClean = Boolean(init.wasClean);
    this.#code = init.code === undefined ? 0 : Number(init.code) & 0xffff;
    this.#reason = init.reason === undefined ? '' : `${init.reason}`;
  }

  get wasClean() { return this.#wasClean; }

  get code() { return this.#code; }

  get reason() { return this.#reason; }
}

// undici's ErrorEvent (not a global in node 24): the error event of a WebSocket
class ErrorEvent extends Event {
  #message;
  #error;

  constructor(type, init = {}) {
    super(type, init);
    this.#message = init.message === undefined ? '' : `${init.message}`;
    this.#error = init.error;
  }

  get message() { return this.#message; }

  get filename() { return ''; }

  get lineno() { return 0; }

  get colno() { return 0; }

  get error() { return this.#error; }
}

function syntaxError(message) {
  return new DOMException(message, 'SyntaxError');
}

function parseURL(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw syntaxError(`${err.name}: ${err.message}`);
  }
  if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
  else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw syntaxError('expected a ws: or wss: url');
  if (parsed.hash !== '' || parsed.href.endsWith('#')) throw syntaxError('hash');
  return parsed;
}

function checkProtocols(protocols) {
  const list = typeof protocols === 'string' ? [protocols] : Array.from(protocols, (p) => `${p}`);
  if (new Set(list).size !== list.length || list.some((p) => !tokenRegExp.test(p))) {
    throw syntaxError('Invalid Sec-WebSocket-Protocol value');
  }
  return list;
}

let crypto;
function lazyCrypto() {
  crypto ??= require('crypto');
  return crypto;
}

// whether wsReceive's answer reports a protocol error (events are [kind, value, value] but
// PING / PONG, which carry one value)
function hasProtocolError(out) {
  for (let i = 1; i < out.length; i += out[i] === PING || out[i] === PONG ? 2 : 3) {
    if (out[i] === ERROR) return true;
  }
  return false;
}

class WebSocket extends EventTarget {
  #url;
  #readyState = CONNECTING;
  #binaryType = 'blob';
  #protocol = '';
  #extensions = '';
  #bufferedAmount = 0;
  #socket = null;
  #request = null;
  #connection = 0;           // host_websocket's id, once open
  #parts = [];               // the pieces of the message being received
  #closeSent = false;
  #closeReceived = null;     // [code, reason] of the peer's close frame
  #failed = false;
  #closed = false;
  #sendQueue = Promise.resolve();

  constructor(url, protocols = []) {
    if (arguments.length === 0) throw new TypeError('WebSocket constructor: 1 argument required, but 0 found.');
    super();
    if (protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols) &&
        typeof protocols[Symbol.iterator] !== 'function') {
      protocols = protocols.protocols ?? [];   // undici's WebSocketInit dictionary
    }
    this.#url = parseURL(`${url}`);
    const requested = checkProtocols(protocols);
    process.nextTick(() => this.#connect(requested));
  }

  get readyState() { return this.#readyState; }

  get bufferedAmount() { return this.#bufferedAmount; }

  get url() { return this.#url.href; }

  get extensions() { return this.#extensions; }

  get protocol() { return this.#protocol; }

  get binaryType() { return this.#binaryType; }

  set binaryType(type) {
    if (type === 'blob' || type === 'arraybuffer') this.#binaryType = type;
  }

  #connect(requested) {
    if (this.#readyState !== CONNECTING || this.#failed) return;
    const url = this.#url;
    const port = Number(url.port || (url.protocol === 'wss:' ? 443 : 80));
    if (require('internal/fetch/http_fetch').badPorts.has(port)) {
      this.#fail(new TypeError('fetch failed'));
      return;
    }
    const key = lazyCrypto().randomBytes(16).toString('base64');
    const head = ['host', url.host, 'connection', 'upgrade', 'upgrade', 'websocket', 'sec-websocket-key', key,
      'sec-websocket-version', '13'];
    if (requested.length > 0) head.push('sec-websocket-protocol', requested.join(', '));
    head.push('sec-websocket-extensions', 'permessage-deflate; client_max_window_bits',
      'accept', '*/*', 'accept-language', '*', 'sec-fetch-mode', 'websocket', 'user-agent', 'node',
      'pragma', 'no-cache', 'cache-control', 'no-cache', 'accept-encoding', 'gzip, deflate');
    const secure = url.protocol === 'wss:';
    const { ClientRequest } = require('internal/http/client');
    // a connection of its own: a one-off agent (https') or none
    const req = new ClientRequest({
      protocol: secure ? 'https:' : 'http:',
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port,
      path: `${url.pathname}${url.search}`,
      headers: head,
      agent: secure ? new (require('https').Agent)() : false,
    });
    this.#request = req;
    req.on('upgrade', (res, socket, bodyHead) => this.#opened(res, socket, bodyHead, key, requested));
    req.on('response', (res) => {
      res.resume();
      this.#fail(new TypeError('Received network error or non-101 status code.'));
    });
    req.on('error', (err) => this.#fail(new TypeError('fetch failed', { cause: err })));
    req.end();
  }

  // The standard's checks of the server's handshake answer, then the connection is open.
  #opened(res, socket, bodyHead, key, requested) {
    this.#request = null;
    if (this.#failed) {
      socket.destroy();
      return;
    }
    const headers = res.headers;
    const expected = lazyCrypto().createHash('sha1').update(key + GUID).digest('base64');
    const extensions = headers['sec-websocket-extensions'] ?? '';
    const protocol = headers['sec-websocket-protocol'] ?? '';
    let problem = null;
    if (requested.length > 0 && protocol === '') problem = 'Server did not respond with sent protocols.';
    else if (headers.upgrade?.toLowerCase() !== 'websocket') problem = 'Server did not set Upgrade header to "websocket".';
    else if (headers.connection?.toLowerCase() !== 'upgrade') problem = 'Server did not set Connection header to "upgrade".';
    else if (headers['sec-websocket-accept'] !== expected) problem = 'Incorrect hash received in Sec-WebSocket-Accept header.';
    else if (extensions !== '' && !/^permessage-deflate\b/.test(extensions.trim())) problem = 'Received different permessage-deflate than the one set.';
    else if (protocol !== '' && !requested.includes(protocol)) problem = 'Protocol was not set in the opening handshake.';
    this.#socket = socket;
    if (problem !== null) {
      this.#fail(new TypeError(problem));
      return;
    }
    this.#connection = host.wsNew(extensions);
    this.#protocol = protocol;
    this.#extensions = extensions;
    this.#readyState = OPEN;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.#receive(chunk));
    socket.on('error', () => {});
    socket.on('close', () => this.#onSocketClose());
    this.dispatchEvent(new Event('open'));
    if (bodyHead.length > 0) this.#receive(bodyHead);
  }

  #receive(chunk) {
    if (this.#connection === 0) return;
    const out = host.wsReceive(this.#connection, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    const socket = this.#socket;
    if (out[0].length > 0 && !socket.destroyed) {
      // after a protocol error our close frame is the last thing the connection carries
      const failing = hasProtocolError(out);
      socket.write(out[0], failing ? () => socket.destroy() : undefined);
    }
    for (let i = 1; i < out.length;) {
      const kind = out[i];
      if (kind === TEXT || kind === BINARY) {
        this.#parts.push(out[i + 1]);
        if (out[i + 2]) this.#deliver(kind);
        i += 3;
      } else if (kind === CLOSE) {
        this.#closeReceived = [out[i + 1], out[i + 2]];
        this.#readyState = CLOSING;
        // our answer went out with `out[0]` (or we closed first): the handshake is done, the
        // TCP connection can go
        this.#closeSent = true;
        this.#socket.end();
        i += 3;
      } else if (kind === ERROR) {
        this.#fail(new TypeError(out[i + 2]), true);
        return;
      } else {
        i += 2;   // PING (answered by the host) and PONG
      }
    }
  }

  #deliver(kind) {
    const parts = this.#parts;
    this.#parts = [];
    if (this.#readyState !== OPEN) return;
    let data;
    if (kind === TEXT) {
      data = parts.join('');
    } else {
      const bytes = Buffer.concat(parts);
      data = this.#binaryType === 'blob' ? new (require('internal/buffer/blob').Blob)([bytes])
        : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    this.dispatchEvent(new MessageEvent('message', { data, origin: this.#url.origin }));
  }

  // The standard's "fail the WebSocket connection": 'error' then 'close' (1006).
  #fail(error, keepSocket = false) {
    if (this.#failed || this.#closed) return;
    this.#failed = true;
    this.#readyState = CLOSING;
    this.#request?.destroy();
    this.#request = null;
    const socket = this.#socket;
    if (socket !== null && !keepSocket) socket.destroy();
    this.dispatchEvent(new ErrorEvent('error', { error }));
    if (socket === null || socket.destroyed || socket.closed) this.#finish();
    else if (keepSocket) socket.once('close', () => this.#finish());
  }

  #onSocketClose() {
    this.#finish();
  }

  #finish() {
    if (this.#closed) return;
    this.#closed = true;
    this.#readyState = CLOSED;
    if (this.#connection !== 0) host.wsFree(this.#connection);
    const received = this.#closeReceived;
    const wasClean = !this.#failed && this.#closeSent && received !== null;
    const code = this.#failed || received === null ? 1006 : received[0];
    const reason = this.#failed || received === null ? '' : received[1];
    this.dispatchEvent(new CloseEvent('close', { wasClean, code, reason }));
  }

  close(code = undefined, reason = undefined) {
    if (code !== undefined) {
      code = Number(code) & 0xffff;
      if (code !== 1000 && (code < 3000 || code > 4999)) throw new DOMException('invalid code', 'InvalidAccessError');
    }
    reason = reason === undefined ? '' : `${reason}`;
    const reasonLength = Buffer.byteLength(reason);
    if (reasonLength > 123) {
      throw syntaxError(`Reason must be less than 123 bytes; received ${reasonLength}`);
    }
    if (this.#readyState === CLOSING || this.#readyState === CLOSED) return;
    if (this.#readyState === CONNECTING) {
      this.#fail(new TypeError('Connection was closed before it was established.'));
      return;
    }
    this.#readyState = CLOSING;
    this.#sendQueue = this.#sendQueue.then(() => {
      const frame = host.wsClose(this.#connection, code === undefined ? -1 : code, reason);
      if (frame !== null && frame !== undefined && !this.#socket.destroyed) {
        this.#closeSent = true;
        this.#socket.write(frame);
      }
    });
  }

  send(data) {
    if (arguments.length === 0) throw new TypeError('WebSocket.send: 1 argument required, but 0 found.');
    if (this.#readyState === CONNECTING) throw new DOMException('Sent before connected.', 'InvalidStateError');
    if (this.#readyState !== OPEN) return;
    let kind;
    let payload;
    if (typeof data === 'string') {
      kind = TEXT;
      payload = data;
    } else if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) {
      kind = BINARY;
      payload = new Uint8Array(data.slice(0));
    } else if (ArrayBuffer.isView(data)) {
      kind = BINARY;
      payload = new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    } else if (isBlob(data)) {
      kind = BINARY;
      payload = data.arrayBuffer().then((buffer) => new Uint8Array(buffer));
    } else {
      kind = TEXT;
      payload = `${data}`;
    }
    const size = typeof payload === 'string' ? Buffer.byteLength(payload) : (payload.byteLength ?? data.size);
    this.#bufferedAmount += size;
    // frames go out in the order of the calls, a Blob's once its bytes are read
    this.#sendQueue = this.#sendQueue.then(async () => {
      const bytes = await payload;
      const frame = host.wsSend(this.#connection, kind, bytes);
      if (frame === null || frame === undefined || this.#socket.destroyed) {
        this.#bufferedAmount -= size;
        return;
      }
      this.#socket.write(frame, () => { this.#bufferedAmount -= size; });
    });
  }
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  Object.defineProperty(WebSocket, name, { value, enumerable: true });
  Object.defineProperty(WebSocket.prototype, name, { value, enumerable: true });
}
for (const type of ['open', 'error', 'close', 'message']) defineEventHandler(WebSocket.prototype, type);
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, { value: 'WebSocket', configurable: true });

module.exports = { WebSocket, CloseEvent, ErrorEvent };
