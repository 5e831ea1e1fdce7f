'use strict';
// Stream handles on descriptors the process already has (node's pipe_wrap and tty_wrap used by
// net.Socket({ fd }), tty.ReadStream / WriteStream and process.stdin / stdout / stderr). They are
// tcp_wrap's TCP handles as far as net.Socket is concerned (the host keeps them in the same table,
// node/host_stdio.py's streamOpen): a pipe or terminal is read and written with os.read / write
// (host/fdstream.py), a socket is a TCP handle.

const { TCP } = require('internal/net/tcp_wrap');
const { codes: { ERR_INVALID_FD_TYPE } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Opens `fd` in the host; `failure` gets the [errno, code, description] of a descriptor that cannot
// be one (else it throws a plain errno error).
function open(fd, terminal, failure) {
  const id = host.streamOpen(fd, terminal);
  if (typeof id === 'number') return id;
  throw failure(id);
}

class Pipe extends TCP {
  constructor(fd, failure) {
    super(open(fd, false, failure));
  }
}

class TTY extends TCP {
  constructor(fd, failure) {
    super(open(fd, true, failure));
  }

  // Fills `size` with [columns, rows]; a libuv-style error info when the terminal cannot say.
  getWindowSize(size) {
    const answer = this.closed ? null : host.ttyWindowSize(this.id);
    if (!answer) return [-9, 'EBADF', 'bad file descriptor'];
    size[0] = answer[0];
    size[1] = answer[1];
    return 0;
  }

  setRawMode(raw) {
    return this.closed ? [-9, 'EBADF', 'bad file descriptor'] : host.ttySetRawMode(this.id, raw);
  }
}

// What pipes and terminals share: blocking writes (every write finishes at the call, as node makes
// terminal output) and the bytes still queued.
for (const Handle of [Pipe, TTY]) {
  Object.defineProperties(Handle.prototype, {
    setBlocking: {
      configurable: true,
      writable: true,
      value: function setBlocking(blocking) {
        if (!this.closed) host.streamSetBlocking(this.id, blocking);
        return 0;
      },
    },
    writeQueueSize: {
      configurable: true,
      get() { return this.closed ? 0 : host.streamWriteQueueSize(this.id); },
    },
  });
}

// A socket descriptor the process has (inherited, or a net.Socket({ fd })): a TCP handle on it.
function socketHandle(fd, failure) {
  return new TCP(open(fd, false, failure));
}

// The handle net.Socket({ fd }) works on: a pipe or a socket (node's createHandle).
function createHandle(fd) {
  validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
  const failure = (info) => errnoError(info, 'open');
  if (type === 'PIPE') return new Pipe(fd, failure);
  if (type === 'TCP') return socketHandle(fd, failure);
  throw new ERR_INVALID_FD_TYPE(type);
}

function errnoError([errno, code], syscall) {
  const error = new Error(`${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// libuv's guess of what a descriptor is: 'TTY', 'FILE', 'PIPE', 'TCP' or 'UNKNOWN'
function guessHandleType(fd) {
  return host.stdioType(fd);
}

module.exports = { Pipe, TTY, createHandle, errnoError, guessHandleType };
