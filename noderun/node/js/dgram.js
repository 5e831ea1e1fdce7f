'use strict';
// node:dgram: UDP sockets over the host's datagram handles (internal/dgram/udp_wrap.js,
// node/host_udp.py, host/udp.py). A Socket is an EventEmitter; addresses go through its `lookup`
// (dns.lookup unless the options give one), so, as in node, bind, send and connect finish after
// at least one tick even for an IP address. An unbound socket binds itself to an ephemeral port
// on its first send or connect; sends and connects asked for meanwhile wait in a queue until
// 'listening'. Not there: binding to a file descriptor or another handle, and cluster's shared
// sockets.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING, ERR_IP_BLOCKED,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateNumber, validatePort, validateString, validateUint32,
} = require('internal/validators');
const { deprecate } = require('internal/util/deprecate');
const { hostPortError, errnoError, errnoInfo } = require('internal/net/exceptions');
const { systemError } = require('internal/fs/errors');
const { UDP, SendWrap, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } } = require('internal/dgram/udp_wrap');
const { kStateSymbol: kState, newHandle, _createSocketHandle } = require('internal/dgram');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

let BlockList;
let cluster;
function validateBlockList(value, name) {
  BlockList ??= require('internal/net/blocklist').BlockList;
  if (!BlockList.isBlockList(value)) throw new ERR_INVALID_ARG_TYPE(name, 'net.BlockList', value);
}

function isBlocked(blockList, address) {
  return blockList?.check(address, address.includes(':') ? 'ipv6' : 'ipv4') ?? false;
}

// [errno, code] of a negative errno, as the error builders take it
// Throws node's error when an option or size call failed (`info` is the host's error info).
function check(info, syscall) {
  if (info) throw errnoError(info, syscall);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    const handle = newHandle(type, options?.lookup);
    if (options?.recvBufferSize !== undefined) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options?.sendBufferSize !== undefined) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    if (options?.receiveBlockList) validateBlockList(options.receiveBlockList, 'options.receiveBlockList');
    if (options?.sendBlockList) validateBlockList(options.sendBlockList, 'options.sendBlockList');
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    this[kState] = {
      handle,
      receiving: false,
      bindState: UNBOUND,
      connectState: DISCONNECTED,
      queue: undefined,
      reuseAddr: options?.reuseAddr,
      reusePort: options?.reusePort,
      ipv6Only: options?.ipv6Only,
      recvBufferSize: options?.recvBufferSize,
      sendBufferSize: options?.sendBufferSize,
      receiveBlockList: options?.receiveBlockList,
      sendBlockList: options?.sendBlockList,
    };
    if (options?.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this[kState].handle) this.close();
      };
      if (signal.aborted) {
        onAbort();
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  bind(port, address) {
    const state = this[kState];
    running(this);
    if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BINDING;

    const last = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
    if (typeof last === 'function') {
      const settle = () => {
        this.removeListener('error', settle);
        this.removeListener('listening', onListening);
      };
      const onListening = () => {
        settle();
        last.call(this);
      };
      this.on('error', settle);
      this.on('listening', onListening);
    }

    if (port instanceof UDP) {   // bind(handle): a socket bound already (one sent over IPC)
      replaceHandle(this, port);
      startReceiving(this);
      return this;
    }
    let exclusive = false;   // (in a cluster worker: a socket of its own, not the primary's)
    if (port !== null && typeof port === 'object') {
      exclusive = Boolean(port.exclusive);
      address = port.address || '';
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

    state.handle.lookup(address, (error, ip) => {
      if (!state.handle) return;   // closed meanwhile
      if (error) {
        state.bindState = UNBOUND;
        this.emit('error', error);
        return;
      }
      const portNumber = (Number(port) >>> 0) & 0xffff;
      const flags = (state.reuseAddr ? UV_UDP_REUSEADDR : 0) | (state.reusePort ? UV_UDP_REUSEPORT : 0) |
        (state.ipv6Only ? UV_UDP_IPV6ONLY : 0);
      cluster ??= require('cluster');
      // (with reusePort each worker has a socket of its own on the port)
      if (!exclusive && !state.reusePort && !cluster.isPrimary) {
        bindInCluster(this, ip, portNumber, flags);
        return;
      }
      const err = state.handle.bind(ip, portNumber, flags);
      if (err) {
        state.bindState = UNBOUND;
        this.emit('error', hostPortError(errnoInfo(err), 'bind', ip, portNumber));
        return;
      }
      startReceiving(this);
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECTING;
    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    const start = () => {
      if (callback) this.once('connect', callback);
      state.handle.lookup(address, (error, ip) => finishConnect(this, error, ip, address, port, callback));
    };
    if (state.bindState !== BOUND) enqueue(this, start);
    else start();
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw errnoError(errnoInfo(err), 'connect');
    state.connectState = DISCONNECTED;
  }

  // send(msg[, offset, length], port[, address][, callback]); on a connected socket
  // send(msg[, offset, length][, callback]).
  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === CONNECTED;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = slice(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = slice(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }

    let list;
    if (Array.isArray(buffer)) {
      list = bufferList(buffer);
      if (list === null) throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
    } else if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (ArrayBuffer.isView(buffer)) {
      list = [buffer];
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    running(this);

    if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));
    if (state.bindState !== BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    if (connected) {
      sendNow(this, null, null, list, address, port, callback);
    } else {
      state.handle.lookup(address, (error, ip) => sendNow(this, error, ip, list, address, port, callback));
    }
  }

  // the old form of send, with every argument required
  sendto(buffer, offset, length, port, address, callback) {
    validateNumber(offset, 'offset');
    validateNumber(length, 'length');
    validateNumber(port, 'port');
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {   // close once the queued sends have gone
      state.queue.push(() => this.close());
      return this;
    }
    running(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  async [Symbol.asyncDispose]() {
    if (!this[kState].handle) return;
    await new Promise((resolve, reject) => {
      this.close((error) => (error ? reject(error) : resolve()));
    });
  }

  address() {
    running(this);
    return addressOf(this[kState].handle.sockname(), 'getsockname');
  }

  remoteAddress() {
    const state = this[kState];
    running(this);
    if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    return addressOf(state.handle.peername(), 'getpeername');
  }

  setBroadcast(arg) {
    check(this[kState].handle.setOption('broadcast', !!arg), 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    check(this[kState].handle.setOption('ttl', ttl), 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    check(this[kState].handle.setOption('multicastTTL', ttl), 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    check(this[kState].handle.setOption('multicastLoopback', !!arg), 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    running(this);
    validateString(interfaceAddress, 'interfaceAddress');
    check(this[kState].handle.setOption('multicastInterface', interfaceAddress), 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    membership(this, true, multicastAddress, interfaceAddress);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    membership(this, false, multicastAddress, interfaceAddress);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, true, sourceAddress, groupAddress, interfaceAddress);
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    sourceMembership(this, false, sourceAddress, groupAddress, interfaceAddress);
  }

  getRecvBufferSize() { return bufferSize(this, 0, true); }
  setRecvBufferSize(size) { bufferSize(this, size, true); }
  getSendBufferSize() { return bufferSize(this, 0, false); }
  setSendBufferSize(size) { bufferSize(this, size, false); }

  getSendQueueSize() { return this[kState].handle.sendQueue()[0]; }
  getSendQueueCount() { return this[kState].handle.sendQueue()[1]; }

  ref() {
    this[kState].handle?.ref();
    return this;
  }

  unref() {
    this[kState].handle?.unref();
    return this;
  }
}

// The state node kept on the socket itself once, still there behind deprecation warnings (DEP0112).
const stateNames = { _handle: 'handle', _receiving: 'receiving', _bindState: 'bindState', _queue: 'queue',
  _reuseAddr: 'reuseAddr' };
for (const [name, key] of Object.entries(stateNames)) {
  const message = `Socket.prototype.${name} is deprecated`;
  Object.defineProperty(Socket.prototype, name, {
    get: deprecate(function() { return this[kState][key]; }, message, 'DEP0112'),
    set: deprecate(function(value) { this[kState][key] = value; }, message, 'DEP0112'),
    enumerable: false,
    configurable: true,
  });
}
Socket.prototype._healthCheck = deprecate(function() { running(this); },
  'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = deprecate(function() { stopReceiving(this); },
  'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

function createSocket(type, listener) {
  return new Socket(type, listener);
}

// -- state ----------------------------------------------------------------------------------------------

function running(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// A cluster worker's socket receives on the one the primary bound for all workers.
function bindInCluster(socket, ip, port, flags) {
  const state = socket[kState];
  const query = { address: ip, port, addressType: socket.type, fd: -1, flags };
  cluster._getServer(socket, query, (errno, handle) => {
    if (!state.handle) {   // closed meanwhile
      handle?.close();
      return;
    }
    if (errno) {
      state.bindState = UNBOUND;
      socket.emit('error', hostPortError(errnoInfo(errno), 'bind', ip, port));
      return;
    }
    replaceHandle(socket, handle);
    startReceiving(socket);
  });
}

function replaceHandle(socket, handle) {
  const state = socket[kState];
  handle.lookup = state.handle.lookup;
  state.handle.close();
  state.handle = handle;
}

function startReceiving(socket) {
  const state = socket[kState];
  const { handle } = state;
  handle.onmessage = (nread, _handle, message, rinfo) => {
    if (nread < 0) {
      socket.emit('error', errnoError(errnoInfo(nread), 'recvmsg'));
      return;
    }
    if (isBlocked(socket[kState].receiveBlockList, rinfo.address)) return;
    rinfo.size = message.length;
    socket.emit('message', message, rinfo);
  };
  handle.recvStart();
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// Work asked for before the socket is bound runs on 'listening'; a failed bind drops it.
function enqueue(socket, work) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onError = () => {
      socket.removeListener('listening', onListening);
      state.queue = undefined;
    };
    const onListening = () => {
      socket.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const queued of queue) queued();
    };
    socket.once(EventEmitter.errorMonitor, onError);
    socket.once('listening', onListening);
  }
  state.queue.push(work);
}

function finishConnect(socket, error, ip, address, port, callback) {
  const state = socket[kState];
  if (!state.handle) return;
  if (!error && isBlocked(state.sendBlockList, ip)) error = new ERR_IP_BLOCKED(ip);
  if (!error) {
    const err = state.handle.connect(ip, port);
    if (err) error = hostPortError(errnoInfo(err), 'connect', address, port);
  }
  if (error) {
    state.connectState = DISCONNECTED;
    process.nextTick(() => {
      if (callback) {
        socket.removeListener('connect', callback);
        callback(error);
      } else {
        socket.emit('error', error);
      }
    });
    return;
  }
  state.connectState = CONNECTED;
  process.nextTick(() => socket.emit('connect'));
}

// -- sending --------------------------------------------------------------------------------------------

function slice(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function bufferList(items) {
  const list = [];
  for (const item of items) {
    if (typeof item === 'string') list.push(Buffer.from(item));
    else if (ArrayBuffer.isView(item)) list.push(item);
    else return null;
  }
  return list;
}

// A queued send has gone (or failed): its callback, with node's error
function afterSend(err, sent) {
  this.callback(err ? hostPortError(errnoInfo(err), 'send', this.address, this.port) : null, sent);
}

// Hand the datagram to the handle (ip null: the connected peer). The handle answers the bytes
// sent + 1 when they went at once, 0 when the send was queued (afterSend follows), else an errno.
function sendNow(socket, error, ip, list, address, port, callback) {
  const state = socket[kState];
  if (error) {
    if (callback) process.nextTick(callback, error);
    else process.nextTick(() => socket.emit('error', error));
    return;
  }
  if (!state.handle) return;
  if (ip && isBlocked(state.sendBlockList, ip)) {   // silently dropped without a callback, as node does
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  const req = new SendWrap();
  req.list = list;
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const err = ip === null ? state.handle.send(req, list, list.length, !!callback)
    : state.handle.send(req, list, list.length, port, ip, !!callback);
  if (err >= 1) {
    if (callback) process.nextTick(callback, null, err - 1);
  } else if (err && callback) {
    process.nextTick(callback, hostPortError(errnoInfo(err), 'send', address, port));
  }
}

// -- options ----------------------------------------------------------------------------------------------

function addressOf(answer, syscall) {
  if (answer.error) throw errnoError(answer.error, syscall);
  const [address, port, family] = answer;
  return { address, family, port };
}

function membership(socket, join, multicastAddress, interfaceAddress) {
  running(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  check(socket[kState].handle.membership(join, multicastAddress, interfaceAddress ?? null),
    join ? 'addMembership' : 'dropMembership');
}

function sourceMembership(socket, join, sourceAddress, groupAddress, interfaceAddress) {
  running(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  check(socket[kState].handle.sourceMembership(join, sourceAddress, groupAddress, interfaceAddress ?? null),
    join ? 'addSourceSpecificMembership' : 'dropSourceSpecificMembership');
}

function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const answer = socket[kState].handle.bufferSize(receive, size);
  if (typeof answer === 'number') return answer;
  const [errno, code, message] = answer.error;
  throw systemError('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size',
    { errno, code, message, syscall: receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size' });
}

module.exports = { _createSocketHandle, createSocket, Socket };
