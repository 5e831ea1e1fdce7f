'use strict';
// process.stdout, process.stderr and process.stdin as node makes them, by what the fd is:
// - a terminal: tty.WriteStream / tty.ReadStream (net.Socket over a terminal handle; output blocking);
// - a pipe or a socket: net.Socket over a stream handle on the fd (internal/net/fd_wrap.js). A write
//   goes to the kernel at once when the pipe has room (writableLength 0 after it), else it waits in
//   the handle's queue, keeps the loop alive and ends in 'drain', as node's; at exit (process.exit
//   too) what is queued is written out (node/host_stdio.py's flush_streams);
// - a file: SyncWriteStream (written synchronously) / fs.ReadStream;
// - anything else: output that goes nowhere, input that ends at once.
// As in node, the fd is never closed: end() emits 'finish', and the destroy that follows (or a write
// after end) leaves the stream usable again (node's dummyDestroy). stdin starts paused and reads
// only when read (a 'data' listener, resume(), pipe(), read(), async iteration); once paused it
// stops reading, so that it no longer keeps the loop alive.
// On a worker thread the three are internal/worker/stdio's worker streams instead.

const Writable = require('internal/streams/writable');
const { nextTick } = require('internal/process/task_queues');

const kTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe' };

// Writes one chunk of a Writable that keeps strings (decodeStrings: false) to the host: utf8
// strings are encoded in Python, which is faster than Buffer.from for console.log's lines.
function writeToFd(fd, chunk, encoding) {
  if (typeof chunk !== 'string') host.writeFdBytes(fd, chunk);
  else if (encoding === 'utf8' || encoding === 'utf-8') host.writeFd(fd, chunk);
  else host.writeFdEncoded(fd, chunk, encoding);
}

class SyncWriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false });
    this.fd = fd;
  }

  _write(chunk, encoding, cb) {
    writeToFd(this.fd, chunk, encoding);
    cb();
  }
}

// The fd stays open whatever happens to the stream: destroying it only reports (the error, 'close')
// and resets it, as node does for its stdio.
function stdioDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) nextTick(() => this.emit('close'));
}

function makeWriteStream(fd) {
  if (!require('internal/worker/state').isMainThread) {
    return require('internal/worker/stdio').workerOutputStream(fd);
  }
  let stream;
  switch (host.stdioType(fd)) {
    case 'TTY':
      stream = new (require('tty').WriteStream)(fd);
      stream._type = 'tty';
      process.on('SIGWINCH', () => stream._refreshSize());
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd);
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new (require('net').Socket)({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    default:   // nowhere to write to (a closed fd): output is dropped
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = stdioDestroy;
  return stream;
}

// -- stdin ------------------------------------------------------------------------------------------

const kOnInput = Symbol('kOnInput');

// Readable's _read for a worker's stdin: one host read at a time; its answer is pushed (undefined:
// the input ended).
function readFromHost(stream) {
  stream[kOnInput] ??= (data) => stream.push(data === undefined ? null : data);
  host.stdinRead(stream[kOnInput]);
}

// Once a paused stream stops flowing, its outstanding read stops keeping the loop alive, so the
// program can end (node's onpause for stdin); resuming reads again.
function stopReadingOnPause(stream) {
  stream.on('pause', () => nextTick(() => {
    if (stream.readableFlowing || !stream._readableState.reading) return;
    stream._readableState.reading = false;
    host.stdinPause();
  }));
}

// A destroyed stdin drops its outstanding read, which no longer keeps the loop alive.
function stdinDestroy(err, cb) {
  host.stdinPause();
  cb(err);
}

function makeReadStream(fd) {
  if (!require('internal/worker/state').isMainThread) {
    return require('internal/worker/stdio').workerInputStream();
  }
  let stream;
  switch (host.stdioType(fd)) {
    case 'TTY':
      stream = new (require('tty').ReadStream)(fd);
      break;
    case 'FILE':
      stream = new (require('fs').ReadStream)(null, { fd, autoClose: false });
      break;
    case 'PIPE':
    case 'TCP':
      stream = new (require('net').Socket)({ fd, readable: true, writable: false, manualStart: true });
      stream._writableState.ended = true;   // stdin cannot be end()ed
      break;
    default:   // nothing to read (a closed fd): the input is empty
      // (Readable is required here, not at the top: stdout alone, console.log's, needs only Writable)
      stream = new (require('internal/streams/readable'))({ read() { this.push(null); } });
  }
  stream.fd = fd;
  const handle = stream._handle;
  if (handle) {
    // not reading until asked; and once paused (a tick later, when the stream has stopped
    // flowing) not reading any more, so that the process can end
    handle.readStop();
    stream._readableState.reading = false;
    stream.on('pause', () => nextTick(() => {
      if (stream._handle?.reading && !stream.readableFlowing) {
        stream._readableState.reading = false;
        stream._handle.readStop();
      }
    }));
  }
  return stream;
}

module.exports = { makeWriteStream, makeReadStream, writeToFd, readFromHost, stopReadingOnPause, stdinDestroy };
