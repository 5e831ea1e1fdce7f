'use strict';
// ChildProcess and what it stands on: `Process`, the JS side of one host process handle
// (node/host_process_wrap.py; its end arrives as bootstrap.js's processEvent), the stdio
// descriptions spawn() accepts (getValidStdio), and the IPC channel of fork() (setupChannel), used
// by the parent on its ChildProcess and by a forked child on `process`. Pipes are host stream
// handles (internal/net/tcp_wrap.js) that net.Socket streams, as node's Pipe handles; the IPC
// channel is a host IPC pipe (host/ipc.py), which carries descriptors for the handles sent.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_HANDLE_TYPE, ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_MISSING_ARGS,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } = require('internal/validators');
const { signals } = require('internal/constants');
const { TCP } = require('internal/net/tcp_wrap');

let net;   // loaded on first use: node:net is not needed by the sync functions
const UV_ESRCH = -3;
// spawn's failures that are reported as an 'error' event rather than thrown (node's list)
const RUNTIME_ERRORS = new Set(['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT']);

// `syscall CODE`: errno, code and syscall, as node's ErrnoException
function errnoException(errno, code, syscall) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = new Error(`${syscall} ${code}`);
  Error.stackTraceLimit = limit;
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  Error.captureStackTrace(error, errnoException);
  return error;
}

let signalNames;
function signalName(number) {
  signalNames ??= Object.fromEntries(Object.entries(signals).map(([name, value]) => [value, name]));
  return signalNames[number] ?? null;
}

// A signal name or number -> its number, as node's convertToValidSignal.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// -- the host process handle ------------------------------------------------------------------

const processes = new Map();   // host id -> Process

class Process {
  constructor() {
    this.id = 0;
    this.pid = undefined;
    this.onexit = null;
    this.pipes = [];
  }

  // Start the child; 0, or [errno, code] when it could not start. this.pipes: a TCP handle per
  // 'pipe' stdio entry (made even when the start failed, as libuv does).
  spawn(options) {
    const outcome = host.processSpawn(JSON.stringify(options));
    this.pipes = outcome[1].map((id, i) => (id === null ? null : options.stdio[i] === 'ipc' ? new IPCPipe(id) : new TCP(id)));
    if (outcome[0] === 'error') return [outcome[2], outcome[3]];
    this.id = outcome[2];
    this.pid = outcome[3];
    processes.set(this.id, this);
    return 0;
  }

  // 0 when sent, else [errno, code]
  kill(signal) {
    const failure = host.processKill(this.id, signal);
    return failure == null ? 0 : failure;
  }

  close() {
    if (this.id) host.processClose(this.id);
    processes.delete(this.id);
  }

  ref() { if (this.id) host.processSetRef(this.id, true); }
  unref() { if (this.id) host.processSetRef(this.id, false); }
}

// The host says child `id` ended (node/host_process_wrap.py).
function event(id, kind, exitCode, signal) {
  const handle = processes.get(id);
  if (handle === undefined) return;
  processes.delete(id);
  handle.onexit?.(exitCode, signal ? signalName(signal) : null);
}

// -- ChildProcess ------------------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;   // 'close' waits for the exit and for each readable stdio stream
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle?.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const error = errnoException(exitCode, this._spawnError, syscall);
      if (this.spawnfile) error.path = this.spawnfile;
      error.spawnargs = this.spawnargs.slice(1);
      this.emit('error', error);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // streams nobody reads are drained, so that they end and 'close' can come (on the next
    // tick: a last chance to start reading them)
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

const kIsUsedForStdio = Symbol('kIsUsedForStdio');   // a stream handed to another child as its stdio

function flushStdio(subprocess) {
  for (const stream of subprocess.stdio ?? []) {
    if (!stream || !stream.readable || stream[kIsUsedForStdio]) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function createSocket(pipe, readable) {
  net ??= require('net');
  const socket = new net.Socket({ handle: pipe, readable });
  if (pipe && readable) socket.read(0);   // reading starts at once, as node's net.Socket does
  return socket;
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const { ipc, ipcFd } = valid;
  const stdio = options.stdio = valid.stdio;
  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  if (ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const failure = this._handle.spawn({
    file: options.file,
    args: this.spawnargs.map(String),
    cwd: options.cwd ?? null,
    envPairs: options.envPairs ?? [],
    stdio: stdio.map(hostStdio),
    detached: Boolean(options.detached),
    uid: options.uid ?? null,
    gid: options.gid ?? null,
  });
  const pipes = this._handle.pipes;
  stdio.forEach((entry, i) => {
    if (entry.type === 'pipe') entry.handle = pipes[i];
  });
  if (failure) {
    const [errno, code] = failure;
    if (!RUNTIME_ERRORS.has(code)) {
      for (const entry of stdio) entry.handle?.close();
      this._handle.close();
      this._handle = null;
      throw errnoException(errno, code, 'spawn');
    }
    this._spawnError = code;
    process.nextTick(onErrorNT, this, errno);
    if (code === 'EMFILE' || code === 'ENFILE') return errno;
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;
  stdio.forEach((entry, i) => {
    if (entry.type === 'ignore') return;
    if (entry.ipc) {
      this._closesNeeded++;
      return;
    }
    if (entry.type === 'wrap') {   // another stream's descriptor, handed over: it stops reading here
      entry.handle.readStop?.();
      const stream = entry._stdio;
      if (stream._readableState) {
        stream.pause();
        stream.readableFlowing = false;
        stream._readableState.reading = false;   // so that a later read() asks the handle again
        stream[kIsUsedForStdio] = true;
      }
      return;
    }
    if (entry.handle) {
      entry.socket = createSocket(this.pid !== 0 ? entry.handle : null, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
  });
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((entry) => (entry.socket === undefined ? null : entry.socket));
  if (ipc !== undefined) setupChannel(this, stdio[ipcFd].handle, serialization);
  return failure ? failure[0] : 0;
};

function onErrorNT(subprocess, errno) {
  subprocess._handle.onexit(errno);
}

function onSpawnNT(subprocess) {
  subprocess.emit('spawn');
}

// One stdio entry as the host takes it (see host_process_wrap._stdio_entry).
function hostStdio(entry) {
  switch (entry.type) {
    case 'pipe': return entry.ipc ? 'ipc' : 'pipe';
    case 'ignore': return 'ignore';
    case 'inherit': return entry.fd;
    case 'fd': return entry.fd;
    case 'wrap': return ['wrap', entry.handle.id];
    default: return null;
  }
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const failure = this._handle.kill(signal);
    if (failure === 0) {
      this.killed = true;
      return true;
    }
    const [errno, code] = failure;
    if (errno === UV_ESRCH) {
      // already gone
    } else if (code === 'EINVAL' || code === 'ENOSYS') {
      throw errnoException(errno, code, 'kill');
    } else {
      this.emit('error', errnoException(errno, code, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function dispose() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  this._handle?.ref();
};

ChildProcess.prototype.unref = function unref() {
  this._handle?.unref();
};

// -- spawnSync -----------------------------------------------------------------------------------

// Run a child to its end (node/host_process_wrap.py's processSpawnSync blocks this thread), from
// the options child_process.spawnSync has checked: stdio entries from getValidStdio, inputs as
// bytes, killSignal a number.
function spawnSync(options) {
  // what the child reads: descriptor and bytes, for each pipe it reads (stdin always)
  const inputs = [];
  options.stdio.forEach((entry, i) => {
    const input = entry.input;
    if (input != null) inputs.push(i, new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
    else if (i === 0 && entry.type === 'pipe') inputs.push(0, '');
  });
  const [pid, status, signum, output, failure] = host.processSpawnSync(JSON.stringify({
    file: options.file,
    args: options.args.map(String),
    cwd: options.cwd ?? null,
    envPairs: options.envPairs,
    stdio: options.stdio.map(hostStdio),
    detached: Boolean(options.detached),
    uid: options.uid ?? null,
    gid: options.gid ?? null,
    timeout: options.timeout ?? null,
    killSignal: options.killSignal ?? null,
    maxBuffer: options.maxBuffer === Infinity ? null : options.maxBuffer,
  }), ...inputs);
  const result = {};
  if (failure) {
    const error = errnoException(failure[0], failure[1], `spawnSync ${options.file}`);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
    result.error = error;
  }
  result.status = status ?? null;
  result.signal = signum ? signalName(signum) : null;
  result.output = output ? output.map((bytes) => decode(bytes, options.encoding)) : null;
  result.pid = pid;
  result.stdout = output ? result.output[1] : undefined;
  result.stderr = output ? result.output[2] : undefined;
  return result;
}

function decode(bytes, encoding) {
  if (bytes === undefined || bytes === null) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// -- stdio -------------------------------------------------------------------------------------

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function handleOf(stream) {
  if (stream instanceof TCP) return stream;
  if (stream?.handle instanceof TCP) return stream.handle;
  if (stream?._handle instanceof TCP) return stream._handle;
  return null;
}

// spawn's stdio option -> { stdio: [{ type, ... } per descriptor], ipc, ipcFd }
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  while (stdio.length < 3) stdio.push(undefined);   // (the caller's array, as node does)

  const result = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      result.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        if (sync) throw new ERR_IPC_SYNC_FORK();
        throw new ERR_IPC_ONE_PIPE();
      }
      ipc = true;
      ipcFd = i;
      result.push({ type: 'pipe', ipc: true });
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (handleOf(entry)) {
      result.push({ type: 'wrap', handle: handleOf(entry), _stdio: entry });
    } else if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(entry));
      result.push({ type: 'pipe', readable: true, writable: false, input: entry });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

// -- the IPC channel ---------------------------------------------------------------------------

const kChannelHandle = Symbol('kChannelHandle');

// The JS side of one host IPC pipe (node/host_process_wrap.py, host/ipc.py): bytes, and the
// descriptors that came with them (kept in `pendingFds` until a NODE_HANDLE message takes one).
const ipcPipes = new Map();
let nextIpcRequest = 1;

class IPCPipe {
  constructor(id) {
    this.id = id;
    this.closed = false;
    this.writes = new Map();   // request id -> callback(errorInfo)
    this.pendingFds = [];
    this.ondata = nop;
    ipcPipes.set(id, this);
  }

  readStart() { if (!this.closed) host.ipcReadStart(this.id); }
  readStop() { if (!this.closed) host.ipcReadStop(this.id); }

  // Write `data` (a Buffer) with the descriptor of `handle` (['tcp' | 'udp', host handle id]), if
  // any. True when it all went at once (`callback` is then not called), else callback(errorInfo)
  // later.
  write(data, handle, callback) {
    const request = nextIpcRequest++;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (host.ipcWrite(this.id, request, bytes, handle?.[0] ?? null, handle?.[1] ?? null)) return true;
    this.writes.set(request, callback);
    return false;
  }

  get writeQueueSize() { return this.closed ? 0 : host.ipcQueueSize(this.id); }

  close() {
    if (this.closed) return;
    this.closed = true;
    host.ipcClose(this.id);
    ipcPipes.delete(this.id);
    for (const fd of this.pendingFds.splice(0)) host.ipcCloseFd(fd);
  }

  ref() { if (!this.closed) host.ipcSetRef(this.id, true); }
  unref() { if (!this.closed) host.ipcSetRef(this.id, false); }
}

// Something happened to IPC pipe `id` (node/host_process_wrap.py).
function ipcEvent(id, kind, a, b) {
  const pipe = ipcPipes.get(id);
  if (pipe === undefined) {
    if (kind === 'data' && b) for (const fd of b) host.ipcCloseFd(fd);
    return;
  }
  switch (kind) {
    case 'data':
      if (b) pipe.pendingFds.push(...b);
      pipe.ondata(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
      break;
    case 'eof':
    case 'readError':
      pipe.ondata(null);
      break;
    case 'written': {
      const callback = pipe.writes.get(a);
      pipe.writes.delete(a);
      callback?.(b);
      break;
    }
  }
}

// -- handles sent over the channel: node's NODE_HANDLE messages, one at a time, each acknowledged --

// What can be sent, as node's handleConversion: the TCP handle whose descriptor goes, and what
// the receiving side makes of the descriptor.
const handleConversion = {
  'net.Native': {
    kind: 'tcp',
    send: (message, handle) => handle,
    got: (message, fd, emit) => emit(new TCP(host.tcpOpenFd(fd))),
  },
  'net.Server': {
    kind: 'tcp',
    send: (message, server) => server._handle,
    got: (message, fd, emit) => {
      net ??= require('net');
      const server = new net.Server();
      server.listen({ fd }, () => emit(server));
    },
  },
  'net.Socket': {
    kind: 'tcp',
    send: (message, socket, options) => {
      const handle = socket._handle;
      if (!handle) return null;
      if (!options.keepOpen) handle.readStop();   // its data is the receiver's from now on
      return handle;
    },
    // the sender's copy goes once the receiver has it (unless keepOpen)
    postSend: (message, socket, options, target) => {
      if (!options.keepOpen) target._pendingMessage = { socket };
    },
    got: (message, fd, emit) => {
      net ??= require('net');
      const socket = new net.Socket({ handle: new TCP(host.tcpOpenFd(fd)), readable: true, writable: true });
      emit(socket);
    },
  },
  'dgram.Native': {
    kind: 'udp',
    send: (message, handle) => handle,
    got: (message, fd, emit) => {
      const handle = openUDP(fd);
      if (handle) emit(handle);
    },
  },
  'dgram.Socket': {
    kind: 'udp',
    send: (message, socket) => {
      message.dgramType = socket.type;
      return socket[require('internal/dgram').kStateSymbol].handle;
    },
    got: (message, fd, emit) => {
      const handle = openUDP(fd);
      if (!handle) return;
      const socket = require('dgram').createSocket(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

// A UDP handle for a descriptor that came over the channel (nothing when it is not a UDP socket)
function openUDP(fd) {
  const opened = host.udpOpenFd(fd);
  if (typeof opened[0] === 'string') return null;
  const { UDP } = require('internal/dgram/udp_wrap');
  return new UDP(opened[1], opened[0]);
}

function handleType(handle) {
  net ??= require('net');
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof TCP) return 'net.Native';
  const dgram = require('dgram');
  if (handle instanceof dgram.Socket) return 'dgram.Socket';
  if (handle instanceof require('internal/dgram/udp_wrap').UDP) return 'dgram.Native';
  throw new ERR_INVALID_HANDLE_TYPE();
}

// What `subprocess.channel` / `process.channel` is: ref() / unref() of the channel, and the
// counting that keeps a forked child alive while it listens for messages.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return undefined;   // (the channel's descriptor is the host's)
  }
}

// Messages on the wire. 'json': one JSON text per line, as node writes them. 'advanced': each
// message as 4 bytes of length (big-endian) and the host's structured-clone bytes.
const serializations = {
  json: {
    init(channel) {
      channel.decoder = new StringDecoder('utf8');
      channel.jsonBuffer = '';
    },
    encode(message) {
      return Buffer.from(`${JSON.stringify(message)}\n`);
    },
    *parse(channel, chunk) {
      const lines = channel.decoder.write(chunk).split('\n');
      const complete = lines.length - 1;
      if (complete === 0) {
        channel.jsonBuffer += lines[0];
      } else {
        lines[0] = channel.jsonBuffer + lines[0];
        channel.jsonBuffer = lines[complete];
        for (let i = 0; i < complete; i++) yield JSON.parse(lines[i]);
      }
      channel.buffering = channel.jsonBuffer.length !== 0;
    },
  },
  advanced: {
    init(channel) {
      channel.chunks = [];   // what has arrived of the next message(s), not yet joined
      channel.received = 0;
    },
    encode(message) {
      const { serializeWith } = require('internal/worker/serdes');
      const body = serializeWith(markBuffers(message, new Map()), [], notAPort,
        (prepared, marked) => host.ipcSerialize([prepared, marked]));
      const framed = Buffer.allocUnsafe(4 + body.byteLength);
      framed.writeUInt32BE(body.byteLength, 0);
      framed.set(body, 4);
      return framed;
    },
    *parse(channel, chunk) {
      channel.chunks.push(chunk);
      channel.received += chunk.length;
      // joined only once a whole message is there (a large one arrives in many reads)
      while (channel.received >= 4) {
        let head = channel.chunks[0];
        if (head.length < 4) head = channel.chunks[0] = Buffer.concat(channel.chunks.splice(0, channel.chunks.length));
        const size = head.readUInt32BE(0);
        if (channel.received < 4 + size) break;
        const all = channel.chunks.length === 1 ? head : Buffer.concat(channel.chunks);
        const body = all.subarray(4, 4 + size);
        const rest = all.subarray(4 + size);
        channel.chunks = rest.length ? [rest] : [];
        channel.received = rest.length;
        const [value, marked] = host.ipcDeserialize(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
        const revived = marked ? require('internal/worker/serdes').revive(value, []) : value;
        yield unmarkBuffers(revived, new Map());
      }
      channel.buffering = channel.received !== 0;
    },
  },
};

function notAPort() {
  return false;
}

// node's 'advanced' serialization gives Buffers back as Buffers (structured clone alone gives
// Uint8Arrays): on the way out each Buffer in objects, arrays and Maps becomes a marker, on the
// way in the marker becomes a Buffer again. Objects with no Buffer inside are kept as they are.
const kBufferMarker = '\u0000noderun:buffer';

function markBuffers(value, memo) {
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return { [kBufferMarker]: new Uint8Array(value) };
  if (ArrayBuffer.isView(value) || memo.has(value)) return memo.get(value) ?? value;
  memo.set(value, value);
  if (Array.isArray(value)) {
    const items = value.map((item) => markBuffers(item, memo));
    return items.some((item, i) => item !== value[i]) ? replaceIn(value, memo, items) : value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([key, item]) => [key, markBuffers(item, memo)]);
    return entries.some(([key, item]) => item !== value[key]) ? replaceIn(value, memo, Object.fromEntries(entries)) : value;
  }
  return value;
}

function replaceIn(original, memo, copy) {
  memo.set(original, copy);
  return copy;
}

function unmarkBuffers(value, memo) {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || memo.has(value)) return value;
  memo.set(value, true);
  if (Object.hasOwn(value, kBufferMarker)) {
    const bytes = value[kBufferMarker];
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== null && typeof item === 'object') value[key] = unmarkBuffers(item, memo);
    }
  }
  return value;
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    configurable: true,
    get() { return target.channel; },
    set(value) { target.channel = value; },
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  const serialization = serializations[serializationMode] ?? serializations.json;
  serialization.init(channel);
  channel.buffering = false;
  channel.ondata = (chunk) => {
    if (chunk === null) {   // the other side closed the channel
      channel.buffering = false;
      target.disconnect();
      channel.ondata = nop;
      channel.close();
      target.channel = null;
      if (target instanceof ChildProcess) maybeClose(target);
      return;
    }
    for (const message of serialization.parse(channel, chunk)) {
      if (!target.channel) break;
      const eventName = eventFor(message);
      const fd = message?.cmd === 'NODE_HANDLE' ? channel.pendingFds.shift() : undefined;
      process.nextTick(emitMessage, target, eventName, message, fd);
    }
  };

  target.on('internalMessage', (message, fd) => {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      const pending = target._pendingMessage;
      target._pendingMessage = null;
      pending?.socket.destroy();
      const queue = target._handleQueue ?? [];
      target._handleQueue = null;
      for (const args of queue) target._send(args.message, args.handle, args.options, args.callback);
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // acknowledged whatever comes of it, without 'error' events: the sender did not ask for this
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const conversion = handleConversion[message.type];
    if (fd === undefined || conversion === undefined) {
      if (fd !== undefined) host.ipcCloseFd(fd);
      return;
    }
    conversion.got(message, fd, (handle) => {
      // (a handle can come with an internal message too: cluster's connections and servers)
      if (target.channel) process.nextTick(emitMessage, target, eventFor(message.msg), message.msg, handle);
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const error = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, error);
    else process.nextTick(() => this.emit('error', error));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    let conversion;
    let sentHandle = null;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: handleType(handle), msg: message };
      // one handle at a time: the next waits for this one's NODE_HANDLE_ACK
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conversion = handleConversion[message.type];
      sentHandle = conversion.send(message, handle, options);
      if (!sentHandle) message = message.msg;   // nothing to send after all: the message alone
    } else if (this._handleQueue && !(message && message.cmd === 'NODE_HANDLE_ACK')) {
      // (behind a handle waiting for its acknowledgement, to keep the order)
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }
    const data = serialization.encode(message);
    if (sentHandle) {
      this._handleQueue ??= [];
      conversion.postSend?.(message, handle, options, this);
    }
    const writtenAtOnce = channel.write(data, sentHandle && [conversion.kind, sentHandle.id], (info) => {
      control.unrefCounted();
      complete(info);
    });
    const complete = (info) => {
      if (info) {
        if (!options.swallowErrors) {
          const error = errnoException(info[0], info[1], 'write');
          if (typeof callback === 'function') callback(error);
          else this.emit('error', error);
        }
      } else if (typeof callback === 'function') {
        callback(null);
      }
    };
    if (writtenAtOnce) process.nextTick(complete, null);
    else control.refCounted();
    // (past two reads' worth of bytes queued, the sender had better wait)
    return channel.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;   // no new messages from here on
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    };
    // a message half read: wait for it
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  channel.readStart();
  return control;
}

// node's internal messages (a `cmd` beginning with NODE_) are 'internalMessage's, never 'message's
function eventFor(message) {
  const internal = message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
  return internal ? 'internalMessage' : 'message';
}

function emitMessage(target, eventName, message, handle) {
  target.emit(eventName, message, handle);
}

function nop() {}

module.exports = {
  ChildProcess,
  Process,
  event,
  ipcEvent,
  IPCPipe,
  kChannelHandle,
  getValidStdio,
  setupChannel,
  stdioStringToArray,
  convertToValidSignal,
  errnoException,
  signalName,
  spawnSync,
};
