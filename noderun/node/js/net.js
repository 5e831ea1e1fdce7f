'use strict';
// node:net: TCP and Unix domain socket servers and sockets over the host's stream handles (internal/net/tcp_wrap.js,
// node/host_tcp.py, host/tcp.py), the address helpers (isIP, isIPv4, isIPv6) and the
// auto-select-family settings. `Socket` is a Duplex stream: reads start when the stream wants data
// and stop when push() says the buffer is full (backpressure), each write is one host write whose
// callback is the write's, end() shuts the sending side down once the writes are out.
// Host names are looked up with options.lookup or dns.lookup; with autoSelectFamily each of their
// addresses is tried in turn (happy eyeballs). `fd` opens a pipe or socket the process has
// (internal/net/fd_wrap.js). Not there yet: abstract socket names.

const EventEmitter = require('events');
const Duplex = require('internal/streams/duplex');
const { wroteAtOnce } = require('internal/streams/writable');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_IP_BLOCKED, ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY,
    ERR_SOCKET_CONNECTION_TIMEOUT, ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_OUT_OF_RANGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateInt32, validateFunction, validateNumber, validateObject, validatePort,
  validateString,
} = require('internal/validators');
const { TCP } = require('internal/net/tcp_wrap');
const { BlockList } = require('internal/net/blocklist');
const { SocketAddress } = require('internal/net/socketaddress');
const { hostPortError, errnoError, errnoInfo } = require('internal/net/exceptions');
const { setTimeout: setTimer, clearTimeout: clearTimer } = require('timers');
const {
  setUnrefTimeout, disarmTimeout, rearmTimeout, idleTimerOff, idleTimerOn, TIMEOUT_MAX,
} = require('internal/timers');

const v4Segment = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4String = `(?:${v4Segment}\\.){3}${v4Segment}`;
const IPv4Reg = new RegExp(`^${v4String}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4String}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4String}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4String}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4String}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4String}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4String}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4String}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) {
  return IPv4Reg.test(`${input}`);
}

function isIPv6(input) {
  return IPv6Reg.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// node's --[no-]network-family-autoselection and --network-family-autoselection-attempt-timeout
let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;
for (const [i, flag] of process.execArgv.entries()) {
  if (flag === '--no-network-family-autoselection') autoSelectFamilyDefault = false;
  else if (flag === '--network-family-autoselection') autoSelectFamilyDefault = true;
  else if (flag.startsWith('--network-family-autoselection-attempt-timeout')) {
    const value = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : process.execArgv[i + 1];
    autoSelectFamilyAttemptTimeoutDefault = Math.max(10, Number(value) || 250);
  }
}

// -- arguments ---------------------------------------------------------------------------------------

function isPipeName(value) {
  return typeof value === 'string' && toNumber(value) === false;
}

// connect(options[, cb]), connect(port[, host][, cb]), connect(path[, cb]) -> [options, cb]
function normalizeArgs(args) {
  let normalized;
  if (args.length === 0) {
    normalized = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    normalized = [options, typeof cb === 'function' ? cb : null];
  }
  normalized[kNormalizedArgs] = true;
  return normalized;
}

// What the host says of an address: [address, port, family] (IP) or a path (Unix domain socket).
function addressObject(triple) {
  if (typeof triple === 'string') return triple;
  return triple ? { address: triple[0], family: triple[2], port: triple[1] } : {};
}

// -- Socket ------------------------------------------------------------------------------------------

const kHandle = Symbol('kHandle');
const kIPv6Only = 1;    // libuv's UV_TCP_IPV6ONLY and UV_TCP_REUSEPORT, in cluster's listen queries
const kReusePort = 2;
let cluster;
const kNormalizedArgs = Symbol('normalizedArgs');
const kSetNoDelay = Symbol('kSetNoDelay');
const kOnread = Symbol('kOnread');   // options.onread: { buffer, callback, pending, eof, stopped }
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kWriteCallback = Symbol('kWriteCallback');
const kAfterWrite = Symbol('kAfterWrite');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(`options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
                                    options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // a descriptor the process has (a pipe or a socket; process.stdin / stdout are made so)
  if (options.fd !== undefined) options.handle = require('internal/net/fd_wrap').createHandle(options.fd);
  const allowHalfOpen = Boolean(options.allowHalfOpen);
  // (signal is the socket's own business: abortOnSignal below; the stream must not listen too)
  Duplex.call(this, { ...options, signal: undefined, allowHalfOpen, emitClose: false, autoDestroy: true,
                      decodeStrings: false });
  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._host = null;
  this._pendingData = null;
  this.server = null;
  this._server = null;
  this._bytesRead = 0;
  this._bytesWritten = 0;
  if (options.blockList) this.blockList = validBlockList(options.blockList);
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  if (options.handle) this._attach(options.handle);
  this.on('end', onReadableEnd);
  // a socket made over a connected handle (a server's) starts reading at once, as node's does
  if (this[kHandle] && options.readable !== false) {
    if (options.pauseOnCreate) {
      this[kHandle].reading = false;
      this[kHandle].readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) abortOnSignal(this, options.signal);
  if (options.onread != null) {
    validateObject(options.onread, 'options.onread');
    const { buffer, callback } = options.onread;
    this[kOnread] = { buffer, callback, pending: null, eof: false, eofDone: false, stopped: false };
  }
}

// options.signal of a socket: its abort destroys the socket with an AbortError
function abortOnSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function validBlockList(blockList) {
  if (!BlockList.isBlockList(blockList)) throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', blockList);
  return blockList;
}

function onReadableEnd() {
  // the peer ended: without allowHalfOpen our side ends too (Duplex does that); a socket that
  // has ended both ways is destroyed once its writes are done
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  const error = new Error('This socket has been ended by the other party');
  error.code = 'EPIPE';
  process.nextTick(() => {
    this.destroy(error);
    if (typeof cb === 'function') cb(error);
  });
  return false;
}

Socket.prototype._attach = function _attach(handle) {
  this[kHandle] = handle;
  handle.owner = this;
  this[kAfterWrite] ??= (info) => afterWrite(this, info);
  handle.ondata = (chunk) => {
    if (this[kOnread]) {
      onreadData(this, chunk);
      return;
    }
    if (chunk === null) {
      this.push(null);
      this.read(0);   // 'end' even with nobody reading, as node's onStreamRead does at EOF
      return;
    }
    this._bytesRead += chunk.byteLength;
    touch(this);
    if (!emitFlowing(this, chunk) && !this.push(chunk)) handle.readStop();   // a Buffer already
  };
  handle.onreaderror = (info) => this.destroy(errnoError(info, 'read'));
};

// The common case of a read, made short (it is most of the cost of a small message): a flowing
// socket with nothing buffered and no decoder hands the chunk to its 'data' listeners as push()
// would, without push()'s generic path and without the tick in which push() asks the source for
// more (maybeReadMore): the handle keeps reading by itself until push() says the buffer is full.
// False when the chunk must take push()'s path.
function emitFlowing(socket, chunk) {
  const state = socket._readableState;
  if (!state.flowing || state.length !== 0 || state.sync || state.decoder || state.ended ||
      state.destroyed || state.errored || chunk.length === 0 || socket.listenerCount('data') === 0) {
    return false;
  }
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
  state.dataEmitted = true;
  socket.emit('data', chunk);
  // a listener that paused the stream: push() would still ask for more in a tick (maybeReadMore),
  // so that reading goes on until the buffer is full (stdin's pause stops reading a tick earlier)
  if (!state.flowing) process.nextTick(readMoreAfterPause, socket);
  return true;
}

function readMoreAfterPause(socket) {
  const state = socket._readableState;
  if (!state.reading && !state.ended && !state.destroyed && state.length < state.highWaterMark) socket.read(0);
}

Object.defineProperty(Socket.prototype, '_handle', {
  configurable: true,
  get() { return this[kHandle]; },
});

// options.onread: the bytes read go into the program's buffer (or one its function gives for each
// read) and to its callback, piece by piece, instead of 'data'; a callback that returns false, or
// pause(), stops the reading until resume()
function onreadData(socket, chunk) {
  const onread = socket[kOnread];
  if (chunk === null) {
    onread.eof = true;
  } else {
    socket._bytesRead += chunk.byteLength;
    touch(socket);
    onread.pending = onread.pending ? Buffer.concat([onread.pending, chunk]) : chunk;
  }
  onreadFlush(socket);
}

function onreadFlush(socket) {
  const onread = socket[kOnread];
  while (onread.pending && !onread.stopped && !socket.destroyed) {
    const buffer = typeof onread.buffer === 'function' ? onread.buffer() : onread.buffer;
    const size = Math.min(buffer.byteLength, onread.pending.length);
    buffer.set(onread.pending.subarray(0, size));
    onread.pending = size < onread.pending.length ? onread.pending.subarray(size) : null;
    if (onread.callback.call(socket, size, buffer) === false) onreadStop(socket);
  }
  if (!onread.pending && onread.eof && !onread.stopped && !onread.eofDone) {
    onread.eofDone = true;
    if (typeof onread.buffer === 'function') onread.buffer();   // (node asks for one for the read that finds the end)
    socket.push(null);
    socket.read(0);
  }
}

function onreadStop(socket) {
  socket[kOnread].stopped = true;
  socket[kHandle]?.readStop();
}

Socket.prototype.pause = function pause() {
  if (this[kOnread] && !this.connecting && this[kHandle]) onreadStop(this);
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  const onread = this[kOnread];
  if (onread?.stopped && !this.connecting && this[kHandle]) {
    onread.stopped = false;
    this[kHandle].readStart();
    onreadFlush(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype._read = function _read() {
  if (this.connecting || !this[kHandle]) {
    this.once('connect', () => this._read());
    return;
  }
  const failure = this[kHandle].readStart();
  if (failure) this.destroy(errnoError(failure, 'read'));
};

// Hand `data` (a Buffer, or a utf8 string the host encodes) to the handle; cb(error) once it is
// written. The stream has one write in flight at a time, so its callback waits in the socket
// (kWriteCallback) for the handle's per-socket completion function (made in _attach): no closure
// or array per write, the hot path of every socket.
function writeData(socket, data, cb) {
  if (socket.connecting) {
    socket._pendingData = [data];
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    socket.once('connect', () => {
      socket.off('close', onClose);
      writeData(socket, data, cb);
    });
    socket.once('close', onClose);
    return;
  }
  socket._pendingData = null;
  const handle = socket[kHandle];
  if (!handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  touch(socket);
  socket[kWriteCallback] = cb;
  const isString = typeof data === 'string';
  if (!isString) socket._bytesWritten += data.byteLength;
  const done = handle.write(data, socket[kAfterWrite]);
  // (a string the kernel took at once was measured on the way: TCP's writtenSize)
  if (isString) socket._bytesWritten += handle.writtenSize >= 0 ? handle.writtenSize : Buffer.byteLength(data);
  if (done) {
    socket[kWriteCallback] = null;
    cb();
  }
}

// The write of a whole HTTP response (internal/http/outgoing.js's end()): a utf8 string for a socket
// of a TCP handle with nothing queued, in the stream or in the host, goes straight to the handle,
// with what socket.write(data, callback) would account (bytesWritten, the idle timer, the
// callback's tick, or the write in flight when the kernel takes only part); `cb(arg)` is the
// callback. False, with nothing done, for a socket in any other state or with its own write.
function writeWhole(socket, data, cb, arg) {
  const state = socket._writableState;
  const handle = socket[kHandle];
  if (state.length !== 0 || state.writing || state.corked || state.ending || state.destroyed || state.errored ||
      !state.constructed || socket.connecting || !(handle instanceof TCP) || handle.closed ||
      handle.writes.size !== 0 || socket.write !== Socket.prototype.write || socket._write !== Socket.prototype._write) {
    return false;
  }
  socket._pendingData = null;
  touch(socket);
  const done = handle.write(data, socket[kAfterWrite]);
  socket._bytesWritten += handle.writtenSize >= 0 ? handle.writtenSize : Buffer.byteLength(data);
  if (done) {
    wroteAtOnce(socket, cb, arg);
    return true;
  }
  // the kernel took part: the rest is the stream's write in flight until the host has written it
  state.pendingcb++;
  state.length += data.length;
  state.writelen = data.length;
  state.writecb = () => cb(arg);
  state.writing = true;
  socket[kWriteCallback] = state.onwrite;
  if (state.length >= state.highWaterMark) state.needDrain = true;
  return true;
}

function afterWrite(socket, info) {
  const cb = socket[kWriteCallback];
  socket[kWriteCallback] = null;
  if (info) {
    const error = errnoError(info, 'write');
    socket.destroy(error);
    cb(error);
  } else {
    cb();
  }
}

function toBuffer(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
}

// A utf8 string goes to the host as it is (encoding it there costs less than Buffer.from).
Socket.prototype._write = function _write(chunk, encoding, cb) {
  const utf8 = typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8';
  writeData(this, utf8 ? chunk : Buffer.from(chunk, encoding), cb);
};

Socket.prototype._writev = function _writev(chunks, cb) {
  const buffers = chunks.map(({ chunk, encoding }) => toBuffer(chunk, encoding));
  writeData(this, buffers.length === 1 ? buffers[0] : Buffer.concat(buffers), cb);
};

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  const handle = this[kHandle];
  if (!handle) {
    cb();
    return;
  }
  handle.shutdown((info) => {
    if (info && info[1] !== 'ENOTCONN') cb(errnoError(info, 'shutdown'));
    else cb();
  });
};

Socket.prototype._destroy = function _destroy(error, cb) {
  this.connecting = false;
  if (this._idleTimer) clearTimer(this._idleTimer);
  this._idleTimer = null;
  const handle = this[kHandle];
  const hadError = Boolean(error) || this._hadError;
  if (handle) {
    const [read, written] = handle.bytes();
    this._bytesRead = Math.max(this._bytesRead, read);
    this._finalBytesWritten = written;
    this[kHandle] = null;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      handle.reset(() => this.emit('close', hadError));
    } else {
      handle.close(() => this.emit('close', hadError));
    }
  } else {
    process.nextTick(() => this.emit('close', hadError));
  }
  cb(error);
  const server = this._server;
  if (server) {
    server._connections--;
    server._emitCloseIfDrained();
  }
};

Socket.prototype.connect = function connect(...args) {
  const [options, cb] = Array.isArray(args[0]) && args[0][kNormalizedArgs] ? args[0] : normalizeArgs(args);
  if (options.port === undefined && options.path == null) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this.destroyed = false;
  }
  if (!this[kHandle]) this._attach(new TCP());
  if (cb !== null) this.once('connect', cb);
  touch(this);
  this.connecting = true;
  if (options.path) {
    validateString(options.path, 'options.path');
    process.nextTick(() => {
      if (this.connecting) internalConnect(this, options.path, 0, 0);
    });
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

// Check the options of an IP connect, then connect: at once to an IP address, else to what
// options.lookup (dns.lookup by default) says of the host name; with autoSelectFamily and no
// family asked for, to each of its addresses in turn (happy eyeballs).
function lookupAndConnect(socket, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  validateString(host, 'options.host');
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (socket.connecting) internalConnect(socket, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsOptions = { family: dnsFamily(options.family), hints: options.hints || 0 };
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && dnsOptions.hints === 0) dnsOptions.hints = dns.ADDRCONFIG;
  socket._host = host;
  const lookup = options.lookup || dns.lookup;
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOptions.all = true;
    lookup(host, dnsOptions, (error, addresses) => connectToAny(socket, host, options, error, addresses, port,
                                                                 localPort, autoSelectFamilyAttemptTimeout));
    return;
  }
  lookup(host, dnsOptions, (error, ip, family) => {
    socket.emit('lookup', error, ip, family, host);
    if (!socket.connecting) return;
    if (error) {
      process.nextTick(() => socket.destroy(error));
    } else if (!isIP(ip)) {
      process.nextTick(() => socket.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(() => socket.destroy(invalidAddressFamily(family, options.host, options.port)));
    } else {
      internalConnect(socket, ip, port, family, localAddress, localPort);
    }
  });
}

// (node's error carries the host and the port it was for)
function invalidAddressFamily(family, host, port) {
  const error = new ERR_INVALID_ADDRESS_FAMILY(family, host, port);
  error.host = host;
  error.port = port;
  return error;
}

function dnsFamily(family) {
  return family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family;
}

// The host name's addresses (a lookup with all: true): each valid one once, the two families
// alternating, the family of the first answer first; then one connection attempt at a time.
function connectToAny(socket, host, options, error, addresses, port, localPort, timeout) {
  if (!socket.connecting) return;
  if (error) {
    socket.emit('lookup', error, undefined, undefined, host);
    process.nextTick(() => socket.destroy(error));
    return;
  }
  const byFamily = [[], []];
  let order;
  for (const entry of addresses) {
    const { address, family } = entry;
    socket.emit('lookup', error, address, family, host);
    if (!socket.connecting) return;
    if (isIP(address) && (family === 4 || family === 6)) {
      order ??= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
      const list = byFamily[order[family]];
      if (!list.some((known) => known.address === address)) list.push(entry);
    }
  }
  if (byFamily[0].length === 0 && byFamily[1].length === 0) {
    const { address, family } = addresses[0];
    const failure = !isIP(address) ? new ERR_INVALID_IP_ADDRESS(address)
      : invalidAddressFamily(family, options.host, options.port);
    process.nextTick(() => socket.destroy(failure));
    return;
  }
  const attempts = [];
  for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
    if (i < byFamily[0].length) attempts.push(byFamily[0][i]);
    if (i < byFamily[1].length) attempts.push(byFamily[1][i]);
  }
  if (attempts.length === 1) {
    internalConnect(socket, attempts[0].address, port, attempts[0].family, undefined, localPort);
    return;
  }
  socket.autoSelectFamilyAttemptedAddresses = [];
  attemptNext({ socket, attempts, next: 0, port, localPort, timeout, timer: null, errors: [] });
}

// One attempt of connectToAny: a fresh handle, the attempt timeout running unless it is the last
// address; on failure or timeout, the next; when none is left, an AggregateError of every failure.
function attemptNext(context, canceled = false) {
  clearTimer(context.timer);
  const { socket, attempts, port, localPort } = context;
  if (canceled || context.next === attempts.length) {
    socket.destroy(context.errors.length === 0 ? new ERR_SOCKET_CONNECTION_TIMEOUT() : aggregateError(context.errors));
    return;
  }
  const current = context.next++;
  if (current > 0) {
    socket[kHandle]?.close();
    socket._attach(new TCP());
  }
  const handle = socket[kHandle];
  const { address, family } = attempts[current];
  if (localPort) {
    const failure = handle.bind(family === 4 ? '0.0.0.0' : '::', localPort, family);
    if (failure) {
      socket.destroy(hostPortError(failure, 'bind', family === 4 ? '0.0.0.0' : '::', localPort));
      return;
    }
  }
  if (socket.blockList?.check(address, `ipv${family}`)) {
    const blocked = new ERR_IP_BLOCKED(address);
    context.errors.push(blocked);
    socket.emit('connectionAttemptFailed', address, port, family, blocked);
    attemptNext(context);
    return;
  }
  socket.emit('connectionAttempt', address, port, family);
  socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  handle.onconnect = (info) => {
    clearTimer(context.timer);
    if (socket[kHandle] !== handle) return;   // timed out meanwhile (the handle is closed)
    if (info) {
      const failure = connectError(info, address, port, null);
      context.errors.push(failure);
      socket.emit('connectionAttemptFailed', address, port, family, failure);
      if (socket.connecting) attemptNext(context, info[1] === 'ECANCELED');
      return;
    }
    afterConnect(socket);
  };
  const failure = handle.connect(address, port, family);
  if (failure) {
    const error = connectError(failure, address, port, handle);
    context.errors.push(error);
    socket.emit('connectionAttemptFailed', address, port, family, error);
    attemptNext(context);
    return;
  }
  if (current < attempts.length - 1) {
    context.timer = setTimer(() => {
      socket.emit('connectionAttemptTimeout', address, port, family);
      context.errors.push(connectError([-110, 'ETIMEDOUT', 'connection timed out'], address, port));
      handle.onconnect = null;
      if (socket.connecting) attemptNext(context);
    }, context.timeout);
  }
}

function aggregateError(errors) {
  const error = new AggregateError(errors);
  error.code = errors[0]?.code;
  return error;
}

// node's exceptionWithHostPort for connect, naming the local side when the socket has one
function connectError(info, address, port, handle) {
  const error = hostPortError(info, 'connect', address, port);
  const local = handle?.sockname();
  if (Array.isArray(local) && local[1]) {
    error.message += ` - Local (${local[0]}:${local[1]})`;
  }
  return error;
}

// Connect the socket's handle to an IP address (family 4 or 6) or a Unix socket path (family 0),
// first bound to localAddress / localPort when given.
function internalConnect(socket, address, port, family, localAddress, localPort) {
  const handle = socket[kHandle];
  if (!handle || socket.destroyed) return;
  if (family && (localAddress || localPort)) {
    localAddress ||= family === 4 ? '0.0.0.0' : '::';
    const failure = handle.bind(localAddress, localPort || 0, family);
    if (failure) {
      socket.destroy(hostPortError(failure, 'bind', localAddress, localPort));
      return;
    }
  }
  if (family && socket.blockList?.check(address, `ipv${family}`)) {
    socket.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  handle.onconnect = (info) => {
    if (info) {
      if (socket.destroyed) return;
      socket.connecting = false;
      const error = connectError(info, address, port, localAddress && localPort ? handle : null);
      if (localAddress && localPort) {
        error.localAddress = localAddress;
        error.localPort = localPort;
      }
      socket.emit('connectionAttemptFailed', address, port, family, error);
      socket.destroy(error);
      return;
    }
    afterConnect(socket);
  };
  const failure = handle.connect(address, port, family);
  if (failure) socket.destroy(connectError(failure, address, port, handle));
}

function afterConnect(socket) {
  if (socket.destroyed) return;
  socket.connecting = false;
  const handle = socket[kHandle];
  touch(socket);
  if (socket[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
  if (socket[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, socket[kSetKeepAliveInitialDelay]);
  socket.emit('connect');
  socket.emit('ready');
  if (!socket.isPaused() || socket.readableFlowing === null) socket._read();
}

// Close the connection with a reset (RST) rather than an orderly end, once connected.
Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this[kHandle]) {
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

// setTimeout(ms[, callback]): 'timeout' once the socket has been idle for `ms` (reads and writes
// restart the count); 0 turns it off. The timer does not keep the process alive.
Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  const timer = this._idleTimer;
  // (a keep-alive server stops the timer at a request and starts it again after the response:
  // when the socket's own timer serves again, a few field writes; see timers' idleTimerOn)
  if (callback === undefined && timer && typeof msecs === 'number') {
    if (msecs === 0 ? idleTimerOff(timer)
      : msecs >= 1 && msecs <= TIMEOUT_MAX && !this._writableState.destroyed && idleTimerOn(timer, msecs)) {
      this.timeout = msecs;
      return this;
    }
  }
  // (a non-negative finite number: checked inline, a keep-alive server calls this twice a request)
  if (typeof msecs !== 'number' || !(msecs >= 0 && msecs <= Number.MAX_VALUE)) {
    validateNumber(msecs, 'msecs');
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  this.timeout = msecs;
  if (msecs > 0 && !this.destroyed) {
    this._idleTimer = (timer && rearmTimeout(timer, msecs)) || setUnrefTimeout(() => this.emit('timeout'), msecs);
  } else if (timer) {
    disarmTimeout(timer);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

function touch(socket) {
  const timer = socket._idleTimer;
  if (timer && !timer._destroyed) timer.refresh();   // (a stopped one: no call)
}

// The handle is told only of changes (a socket remembers what it asked for, and asks again once
// connected: afterConnect).
Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  const handle = this[kHandle];
  if (!handle) {
    this[kSetNoDelay] = enable;
  } else if (handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  const handle = this[kHandle];
  if (!handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
  } else if (handle.setKeepAlive && (enable !== this[kSetKeepAlive] ||
             (enable && this[kSetKeepAliveInitialDelay] !== initialDelay))) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return addressObject(this[kHandle]?.sockname());
};

Socket.prototype.ref = function ref() {
  this[kHandle]?.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  this[kHandle]?.unref();
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// [address, port, family] of the peer (kept: it is still known after close), none for a Unix
// domain socket
function remote(socket) {
  if (socket._remote === undefined && socket[kHandle]) {
    const peer = socket[kHandle].peername();
    if (peer) socket._remote = peer;
  }
  return typeof socket._remote === 'string' ? undefined : socket._remote;
}

function local(socket) {
  const name = socket[kHandle]?.sockname();
  return typeof name === 'string' ? undefined : name ?? undefined;
}

Object.defineProperties(Socket.prototype, {
  remoteAddress: { configurable: true, get() { return remote(this)?.[0]; } },
  remotePort: { configurable: true, get() { return remote(this)?.[1]; } },
  remoteFamily: { configurable: true, get() { return remote(this)?.[2]; } },
  localAddress: { configurable: true, get() { return local(this)?.[0]; } },
  localPort: { configurable: true, get() { return local(this)?.[1]; } },
  localFamily: { configurable: true, get() { return local(this)?.[2]; } },
  bytesRead: { configurable: true, get() { return this._bytesRead; } },
  bytesWritten: {
    configurable: true,
    get() {
      // what went to the kernel plus what waits: in the stream's buffer, and the write held until
      // the socket connects, as node counts it
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      let bytes = this._bytesWritten;
      for (const entry of buffered) {
        bytes += typeof entry.chunk === 'string' ? Buffer.byteLength(entry.chunk, entry.encoding) : entry.chunk.length;
      }
      for (const chunk of this._pendingData ?? []) bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return bytes;
    },
  },
  pending: { configurable: true, get() { return !this[kHandle] || this.connecting; } },
  _connecting: { configurable: true, get() { return this.connecting; } },
  readyState: {
    configurable: true,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: { configurable: true, get() { return this[kHandle] ? this.writableLength : undefined; } },
});

// -- Server ------------------------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this[kHandle] = null;
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
  this.maxConnections = undefined;
  this._listeningId = 1;
  if (options.blockList) this.blockList = validBlockList(options.blockList);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: true,
  get() { return Boolean(this[kHandle]); },
});

Object.defineProperty(Server.prototype, '_handle', {
  configurable: true,
  get() { return this[kHandle]; },
  set(handle) { this[kHandle] = handle; },   // (cluster's round-robin takes a server's handle)
});

// listen([port[, host[, backlog]]][, cb]), listen(path[, backlog][, cb]), listen(options[, cb]),
// listen(handle[, backlog][, cb]) where handle is { fd } (an open listening socket)
Server.prototype.listen = function listen(...args) {
  const [normalized, cb] = normalizeArgs(args);
  if (this[kHandle]) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  const options = normalized._handle || normalized.handle || normalized;
  const listenId = ++this._listeningId;   // a lookup under way for an earlier listen() is forgotten
  listenAbortSignal(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, -1, -1, options.backlog || backlogFromArgs, options.fd, options);
    return this;
  }
  // no port: listen(), listen(null), listen(cb), or { port: undefined | null }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  const backlog = options.backlog || backlogFromArgs;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    const port = validatePort(options.port, 'options.port') | 0;
    if (options.host) listenOnHost(this, options.host, port, backlog, options, listenId);
    else listenInCluster(this, null, port, 4, backlog, undefined, options);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    listenInCluster(this, String(options.path), -1, -1, backlog, undefined, options);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// Through dns.lookup even for an IP address, as node: the server listens a tick later (until then
// `listening` is false and `address()` null), and a second listen() before that replaces the first.
function listenOnHost(server, host, port, backlog, options, listenId) {
  require('dns').lookup(host, (error, address, addressFamily) => {
    if (server._listeningId !== listenId) return;   // closed, or listening again, meanwhile
    if (error) {
      server.emit('error', error);
      return;
    }
    listenInCluster(server, address, port, addressFamily, backlog, undefined, options);
  });
}

// In a cluster worker, a server listens on a handle the primary gives it (unless `exclusive`);
// anywhere else, on its own. `addressType` is 4 or 6, or -1 for a Unix socket path or an fd;
// `address` null means the unspecified address.
function listenInCluster(server, address, port, addressType, backlog, fd, options) {
  cluster ??= require('cluster');
  // (with reusePort each worker has a socket of its own on the port, and the kernel balances)
  if (cluster.isPrimary || options.exclusive || options.reusePort === true) {
    listenHere(server, address, port, addressType, backlog, fd, options);
    return;
  }
  const query = { address, port, addressType, fd, flags: listenFlags(options), backlog };
  if (addressType === -1 && fd === undefined) {
    query.readableAll = options.readableAll;
    query.writableAll = options.writableAll;
  }
  const listenId = server._listeningId;
  cluster._getServer(server, query, (errno, handle) => {
    if (listenId !== server._listeningId) {   // closed, or listening again, meanwhile
      handle?.close();
      return;
    }
    let failure = errno ? errnoInfo(errno) : undefined;
    if (!failure && port > 0 && handle.sockname()?.[1] !== port) failure = errnoInfo(-98);   // EADDRINUSE
    if (failure) {
      server.emit('error', hostPortError(failure, 'bind', address, port));
      return;
    }
    server._connectionKey = `${addressType}:${address}:${port}`;
    listening(server, handle, handle.listen(validBacklog(backlog)), address, port);
  });
}

function listenHere(server, address, port, addressType, backlog, fd, options) {
  if (fd !== undefined) listenOnFd(server, fd, backlog);
  else if (addressType === -1) listenOnPath(server, address, backlog);
  else if (address !== null) bindAndListen(server, address, port, addressType, backlog, options);
  else if (!bindAndListen(server, '::', port, 6, backlog, options, true)) {
    // no host: the unspecified IPv6 address (both families), or IPv4's when IPv6 is missing
    bindAndListen(server, '0.0.0.0', port, 4, backlog, options);
  }
}

function listenFlags(options) {
  return (options.ipv6Only ? kIPv6Only : 0) | (options.reusePort === true ? kReusePort : 0);
}

function validBacklog(backlog) {
  return Number.isInteger(backlog) && backlog > 0 ? backlog : 511;
}

// A bound (not yet listening) server socket, for cluster's shared handles: a TCP handle, or the
// errno of the failure (node's net._createServerHandle).
function createServerHandle(address, port, addressType, fd, flags = 0) {
  if (typeof fd === 'number' && fd >= 0) {
    const opened = host.tcpOpenFd(fd);
    return typeof opened === 'number' ? new TCP(opened) : opened[0];
  }
  const handle = new TCP();
  let failure;
  if (addressType === -1) {
    failure = handle.bindPath(address);
  } else if (!address) {
    failure = handle.bind('::', port, 6, Boolean(flags & kIPv6Only), Boolean(flags & kReusePort));
    if (failure) {   // no IPv6 here: IPv4's unspecified address
      handle.close();
      return createServerHandle('0.0.0.0', port, 4, undefined, flags);
    }
  } else {
    failure = handle.bind(address, port, addressType, Boolean(flags & kIPv6Only), Boolean(flags & kReusePort));
  }
  if (failure) {
    handle.close();
    return failure[0];
  }
  return handle;
}

// options.signal: an AbortSignal whose abort closes the server
function listenAbortSignal(server, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function listenOnFd(server, fd, backlog) {
  const opened = host.tcpOpenFd(fd);   // a handle id, or [errno, code, description]
  if (typeof opened !== 'number') {
    const error = hostPortError(opened, 'listen', null, -1, true);
    process.nextTick(() => server.emit('error', error));
    return;
  }
  const handle = new TCP(opened);
  listening(server, handle, handle.listen(validBacklog(backlog)), null, -1);
}

function listenOnPath(server, path, backlog) {
  const handle = new TCP();
  const failure = handle.bindPath(path) ?? handle.listen(validBacklog(backlog));
  listening(server, handle, failure, path);
}

// Bind and listen; errors go to 'error' on the next tick. With `quiet`, a failure to bind is
// only reported by returning false (the caller tries another address).
function bindAndListen(server, address, port, family, backlog, options, quiet = false) {
  server._connectionKey = `${family}:${address}:${port}`;
  const handle = new TCP();
  const flags = listenFlags(options);
  let failure = handle.bind(address, port, family, Boolean(flags & kIPv6Only), Boolean(flags & kReusePort));
  if (failure && quiet && failure[1] !== 'EADDRINUSE') {
    handle.close();
    return false;
  }
  if (!failure) failure = handle.listen(validBacklog(backlog));
  listening(server, handle, failure, address, port);
  return true;
}

// The server listens on `handle`, or `failure` says why not ('error' on the next tick).
function listening(server, handle, failure, address, port) {
  if (failure) {
    handle.close();
    const error = hostPortError(failure, 'listen', address, port, true);
    process.nextTick(() => server.emit('error', error));
    return;
  }
  server[kHandle] = handle;
  handle.owner = server;
  if (server._unref) handle.unref();
  handle.onconnection = (info, clientHandle) => onConnection(server, info, clientHandle);
  process.nextTick(() => {
    if (server[kHandle] === handle) server.emit('listening');
  });
}

function onConnection(server, info, clientHandle) {
  if (info) {
    server.emit('error', errnoError(info, 'accept'));
    return;
  }
  if (server.blockList) {
    // a peer the server's block list names is closed before anyone hears of it
    const [remoteAddress, , remoteFamily] = clientHandle.peername() ?? [];
    if (remoteAddress !== undefined && server.blockList.check(remoteAddress, remoteFamily.toLowerCase())) {
      clientHandle.close();
      return;
    }
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    const [localAddress, localPort, localFamily] = clientHandle.sockname() ?? [];
    const [remoteAddress, remotePort, remoteFamily] = clientHandle.peername() ?? [];
    clientHandle.close();
    server.emit('drop', { localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily });
    return;
  }
  const socket = new Socket({ handle: clientHandle, allowHalfOpen: server.allowHalfOpen,
                               pauseOnCreate: server.pauseOnConnect });
  socket.server = socket._server = server;
  if (server.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (server.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = server.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  server.emit('connection', socket);
}

// An async 'connection' listener that rejects (events.captureRejections) destroys that socket
Server.prototype[EventEmitter.captureRejectionSymbol] = function onRejection(error, event, socket) {
  if (event === 'connection') socket.destroy(error);
  else this.emit('error', error);
};

Server.prototype.address = function address() {
  const handle = this[kHandle];
  if (!handle) return null;
  return addressObject(handle.sockname());
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this[kHandle]) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  this._listeningId++;
  if (this[kHandle]) {
    this[kHandle].close();
    this[kHandle] = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this[kHandle] || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.getConnections = function getConnections(cb) {
  validateFunction(cb, 'cb');
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  this[kHandle]?.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  this[kHandle]?.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (!this[kHandle]) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((error) => (error ? reject(error) : resolve())));
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const socket = new Socket(normalized[0]);
  if (normalized[0].timeout) socket.setTimeout(normalized[0].timeout);
  return socket.connect(normalized);
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
  },
};
// for node:_http_outgoing's whole-response write, not one of node's exports
Object.defineProperty(module.exports, 'writeWhole', { value: writeWhole });
