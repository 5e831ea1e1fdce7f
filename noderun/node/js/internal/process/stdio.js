'use strict';
// process.stdout, process.stderr and process.stdin as node:stream objects.
// - stdout / stderr are Writables whose _write goes synchronously to the fd (node writes files and
//   pipes synchronously on Linux), so writableLength is 0 after a write and the callback follows on
//   the next tick. As in node, the fd is never closed: end() emits 'finish', and the destroy that
//   follows (or a write after end) leaves the stream usable again (node's dummyDestroy).
// - stdin is a Readable that asks the host for input only when read (a 'data' listener, resume(),
//   pipe(), read(), async iteration); an outstanding read keeps the loop alive unless the stream is
//   paused or unref'd.
// On a worker thread the three are internal/worker/stdio's worker streams instead.
// Node's classes differ by what the fd is (tty.WriteStream, net.Socket for pipes); here the
// streams are named after node's file variants (SyncWriteStream, ReadStream) whatever the fd is,
// and carry node's `_type` ('tty', 'fs', 'pipe') for it.

const Readable = require('internal/streams/readable');
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

function addTerminalMembers(stream, fd) {
  stream.isTTY = true;
  [stream.columns, stream.rows] = host.terminalSize(fd);
  stream.getWindowSize = function getWindowSize() { return [this.columns, this.rows]; };
  stream.getColorDepth = function getColorDepth() { return 8; };
  stream.hasColors = function hasColors(count = 16) { return count <= 256; };
}

function makeWriteStream(fd) {
  if (!require('internal/worker/state').isMainThread) {
    return require('internal/worker/stdio').workerOutputStream(fd);
  }
  const stream = new SyncWriteStream(fd);
  const type = host.stdioType(fd);
  stream._type = kTypes[type] ?? 'fs';
  if (type === 'TTY') addTerminalMembers(stream, fd);
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = stdioDestroy;
  return stream;
}

// -- stdin ------------------------------------------------------------------------------------------

const kOnInput = Symbol('kOnInput');

// Readable's _read for a thread's stdin: one host read at a time; its answer is pushed (undefined:
// the input ended). Used by the main thread's stdin and by a worker's.
function readFromHost(stream, fd) {
  stream[kOnInput] ??= (data) => stream.push(data === undefined ? null : data);
  host.stdinRead(fd, stream[kOnInput]);
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

class ReadStream extends Readable {
  constructor(fd) {
    super({ highWaterMark: 64 * 1024 });
    this.fd = fd;
    stopReadingOnPause(this);
  }

  _read() {
    readFromHost(this, this.fd);
  }

  _destroy(err, cb) {
    stdinDestroy(err, cb);
  }

  ref() {
    host.stdinRef(this.fd, true);
    return this;
  }

  unref() {
    host.stdinRef(this.fd, false);
    return this;
  }
}

function makeReadStream(fd) {
  if (!require('internal/worker/state').isMainThread) {
    return require('internal/worker/stdio').workerInputStream();
  }
  const stream = new ReadStream(fd);
  if (host.stdioType(fd) === 'TTY') {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function setRawMode(mode) {
      this.isRaw = !!mode;
      return this;
    };
  }
  return stream;
}

module.exports = { makeWriteStream, makeReadStream, writeToFd, readFromHost, stopReadingOnPause, stdinDestroy };
