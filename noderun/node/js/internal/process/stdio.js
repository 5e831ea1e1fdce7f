'use strict';
// process.stdout, process.stderr and process.stdin. They become full node:stream objects once that
// module exists; until then they are EventEmitters with what scripts use.
// - stdout / stderr write synchronously (node does so for files and pipes on Linux):
//   write(chunk[, encoding][, cb]), end, fd, isTTY, columns / rows on a terminal.
// - stdin reads on a host thread once someone listens ('data', 'readable', 'end') or calls
//   resume() / pipe() / iterates it; chunks arrive through the event loop, which it keeps alive
//   until end of input. setEncoding() decodes across chunk boundaries.

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END },
} = require('internal/errors');
const { nextTick } = require('internal/process/task_queues');
const { asBuffer } = require('internal/process/as_buffer');

function makeWriteStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  const isTTY = host.isatty(fd);
  stream._type = isTTY ? 'tty' : 'pipe';
  if (isTTY) {
    stream.isTTY = true;   // absent otherwise, as on node's non-tty streams
    const [columns, rows] = host.terminalSize(fd);
    stream.columns = columns;
    stream.rows = rows;
    stream.getWindowSize = () => [stream.columns, stream.rows];
  }
  stream.writable = true;
  stream.writableEnded = false;
  stream.writableFinished = false;
  stream.destroyed = false;
  stream._isStdio = true;
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  stream.writableObjectMode = false;
  stream.writableCorked = 0;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (stream.writableEnded) {
      // dropped, as node's stdio does (console.log after stdout.end() prints nothing)
      const err = new ERR_STREAM_WRITE_AFTER_END();
      nextTick(() => {
        if (typeof cb === 'function') cb(err);
        if (stream.listenerCount('error') > 0) stream.emit('error', err);
      });
      return false;
    }
    if (typeof chunk === 'string') {
      if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') host.writeFd(fd, chunk);
      else host.writeFdEncoded(fd, chunk, `${encoding}`);
    } else if (ArrayBuffer.isView(chunk)) {
      host.writeFdBytes(fd, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') nextTick(cb, null);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (!stream.writableEnded) {
      // stdio is never closed by end(), as in node; 'finish' still fires
      stream.writableEnded = true;
      nextTick(() => {
        stream.writableFinished = true;
        stream.emit('finish');
        if (typeof cb === 'function') cb();
      });
    } else if (typeof cb === 'function') {
      nextTick(cb);
    }
    return stream;
  };
  stream.destroy = function destroy(err) {
    stream.destroyed = true;
    if (err) nextTick(() => stream.emit('error', err));
    nextTick(() => stream.emit('close'));
    return stream;
  };
  stream.cork = function cork() { stream.writableCorked++; };
  stream.uncork = function uncork() { if (stream.writableCorked > 0) stream.writableCorked--; };
  stream.setDefaultEncoding = function setDefaultEncoding() { return stream; };
  stream.getColorDepth = function getColorDepth() { return stream.isTTY ? 8 : 1; };
  stream.hasColors = function hasColors(count = 16) { return stream.isTTY && count <= 256; };
  return stream;
}

const kReadTriggers = new Set(['data', 'readable', 'end']);

function makeReadStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  if (host.isatty(fd)) stream.isTTY = true;
  stream.readable = true;
  stream.readableEnded = false;
  stream.readableFlowing = null;
  stream.readableEncoding = null;
  stream.destroyed = false;
  let reading = false;
  let paused = false;
  let pending = [];        // chunks that arrived while paused

  function deliver(chunk) {
    if (chunk === undefined || chunk === null) {   // end of input
      stream.readableEnded = true;
      stream.readable = false;
      stream.emit('end');
      stream.emit('close');
      return;
    }
    const data = typeof chunk === 'string' ? chunk : asBuffer(chunk);
    if (data.length === 0) return;
    stream.emit('data', data);
  }

  function onChunk(chunk) {
    if (paused) pending.push(chunk);
    else deliver(chunk);
  }

  function startReading() {
    if (reading) return;
    reading = true;
    // next tick, so that setEncoding() and listeners added in the same tick take effect first
    nextTick(() => host.stdinStart(fd, onChunk, stream.readableEncoding));
  }

  stream.on('newListener', (event) => {
    if (!kReadTriggers.has(event)) return;
    if (event === 'data' && stream.readableFlowing !== false) {
      stream.readableFlowing = true;
      paused = false;
    }
    startReading();
  });
  stream.setEncoding = function setEncoding(encoding) {
    stream.readableEncoding = encoding === undefined ? 'utf8' : `${encoding}`.toLowerCase();
    if (reading) host.stdinSetEncoding(stream.readableEncoding);
    return stream;
  };
  stream.resume = function resume() {
    stream.readableFlowing = true;
    paused = false;
    const queued = pending;
    pending = [];
    for (const chunk of queued) deliver(chunk);
    startReading();
    return stream;
  };
  stream.pause = function pause() {
    stream.readableFlowing = false;
    paused = true;
    return stream;
  };
  stream.isPaused = function isPaused() { return paused; };
  stream.read = function read() { return null; };
  stream.unref = stream.ref = function() { return stream; };
  stream.setRawMode = function setRawMode() { return stream; };
  stream.destroy = function destroy() {
    stream.destroyed = true;
    return stream;
  };
  stream.pipe = function pipe(dest, { end = true } = {}) {
    stream.on('data', (chunk) => dest.write(chunk));
    if (end) stream.on('end', () => dest.end());
    return dest;
  };
  stream[Symbol.asyncIterator] = async function* chunks() {
    const queue = [];
    let ended = false;
    let wake = null;
    stream.on('data', (chunk) => {
      queue.push(chunk);
      if (wake) wake();
    });
    stream.on('end', () => {
      ended = true;
      if (wake) wake();
    });
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
      } else if (ended) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
        wake = null;
      }
    }
  };
  return stream;
}

module.exports = { makeWriteStream, makeReadStream };
