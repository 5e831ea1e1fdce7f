'use strict';
// The JS side of node/host_tcp.py (node's tcp_wrap): `TCP` is one host TCP handle, named by an
// id; what happens to it arrives as host events (bootstrap.js's tcpEvent), which go to the
// handle's `on<kind>` hooks, set by net.js. Errors arrive as [errno, code, description].

require('buffer');   // FastBuffer's prototype is Buffer.prototype once buffer.js has run
const { FastBuffer } = require('internal/buffer/fast_buffer');
const { getFrame, setFrame } = require('internal/async_context');

const handles = new Map();
let nextRequest = 1;
let tcpSend;   // host.tcpSendFunction(), made on the first write
let fastPaths = false;

// Once a program reads or writes a socket, the calls its every read makes several times (the
// timers' clock, the microtask checkpoint, a string's UTF-8 length) go to C functions of the host's (engine/fastio.c)
// instead of Python ones: the same work, a tenth of the cost.
function useFastPaths() {
  fastPaths = true;
  const [loopNow, runMicrotasks, utf8Length] = host.fastFunctions();
  require('internal/timers').useClock(loopNow);
  require('internal/buffer/codecs').useUtf8Length(utf8Length);
  require('internal/process/task_queues').useMicrotaskRunner(runMicrotasks);
  require('internal/process/task_queues').useTickQueue();
  require('internal/events/fast_emit').useFastEmit();
}

class TCP {
  constructor(id = host.tcpOpen()) {
    this.id = id;
    this.reading = false;
    this.closed = false;
    this.writes = new Map();   // request id -> callback(errorInfo)
    this.owner = null;         // the net.Socket or net.Server
    this.fd = undefined;       // the socket's descriptor (host.tcpFd) once there is one
    this.writtenSize = -1;     // the size in bytes of the last write, when it went at once
    // the async context (AsyncLocalStorage's stores) its events run in: the one it was made in,
    // as node's handles keep theirs (a server's accepted sockets: the server's)
    this.frame = getFrame();
    handles.set(id, this);
  }

  bind(address, port, family, ipv6Only = false, reusePort = false) {
    return host.tcpBind(this.id, address, port, family, ipv6Only, reusePort);
  }

  bindPath(path) {
    return host.tcpBindPath(this.id, path);
  }

  listen(backlog) {
    return host.tcpListen(this.id, backlog);
  }

  // family 0: a Unix domain socket, whose path is `address`
  connect(address, port, family) {
    return host.tcpConnect(this.id, address, port, family);
  }

  // An error info when the handle is closed (libuv's EINVAL for a closing handle), else nothing.
  readStart() {
    if (this.closed) return [-22, 'EINVAL', 'invalid argument'];
    if (!this.reading) {
      if (!fastPaths) useFastPaths();
      this.reading = true;
      host.tcpReadStart(this.id);
    }
    return undefined;
  }

  readStop() {
    if (this.reading && !this.closed) {
      this.reading = false;
      host.tcpReadStop(this.id);
    }
  }

  // Write `data` (a Uint8Array or a string, as UTF-8). True when it was all written at once
  // (then `callback` is not called: the caller completes the write, as node does; and for a
  // string, `writtenSize` holds its size in bytes, else it is -1); otherwise `callback(errorInfo)`
  // runs once it has all been written.
  write(data, callback) {
    this.writtenSize = -1;
    if (this.closed) {   // closed under the stream (socket._handle.close()): libuv's EBADF
      callback([-9, 'EBADF', 'bad file descriptor']);
      return false;
    }
    // Nothing of ours waits in the host: what the kernel takes now goes straight from JS (the
    // common case of a small write, libuv's uv_try_write); the host queues the rest, or reports
    // the error the kernel gave.
    let sent = 0;
    if (this.writes.size === 0) {
      if (this.fd === undefined) this.fd = host.tcpFd(this.id);
      if (this.fd >= 0) {
        tcpSend ??= host.tcpSendFunction();
        sent = tcpSend(this.fd, data);   // (all: the size; else -1 - what the kernel took)
        if (sent >= 0) {
          this.writtenSize = sent;
          return true;
        }
        sent = -1 - sent;
      }
    }
    const request = nextRequest++;
    if (host.tcpWrite(this.id, request, data, sent)) return true;
    this.writes.set(request, callback);
    return false;
  }

  shutdown(callback) {
    this.onshutdown = callback;
    host.tcpShutdown(this.id);
  }

  // Close with a reset (RST) instead of an orderly end of stream.
  reset(callback) {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    this.onclose = callback;
    host.tcpReset(this.id);
  }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    this.reading = false;
    this.onclose = callback;
    host.tcpClose(this.id);
  }

  sockname() { return this.closed ? null : host.tcpSockname(this.id); }
  peername() { return this.closed ? null : host.tcpPeername(this.id); }
  bytes() { return host.tcpBytes(this.id); }
  ref() { if (!this.closed) host.tcpSetRef(this.id, true); }
  unref() { if (!this.closed) host.tcpSetRef(this.id, false); }
  setNoDelay(enable) { if (!this.closed) host.tcpSetNoDelay(this.id, enable); }
  setKeepAlive(enable, delaySeconds) { if (!this.closed) host.tcpSetKeepAlive(this.id, enable, delaySeconds); }
}

// Handle `id` read the bytes of `arrayBuffer` (a fresh one per read): `ondata` gets them as a Buffer.
function data(id, arrayBuffer) {
  const handle = handles.get(id);
  if (handle === undefined) return;
  setFrame(handle.frame);
  handle.ondata(new FastBuffer(arrayBuffer));
}

// A host event for handle `id` (see node/host_tcp.py for the kinds).
function event(id, kind, a, b) {
  const handle = handles.get(id);
  if (handle === undefined) return;
  setFrame(handle.frame);
  switch (kind) {
    case 'connection':
      handle.onconnection(b, b ? undefined : new TCP(a));
      break;
    case 'connect':
      handle.onconnect(b);
      break;
    case 'eof':
      handle.reading = false;
      handle.ondata(null);
      break;
    case 'readError':
      handle.reading = false;
      handle.onreaderror(b);
      break;
    case 'written': {
      const callback = handle.writes.get(a);
      handle.writes.delete(a);
      callback?.(b);
      break;
    }
    case 'shutdown':
      handle.onshutdown?.(b);
      break;
    case 'close':
      handles.delete(id);
      handle.onclose?.();
      break;
  }
}

module.exports = { TCP, event, data };
