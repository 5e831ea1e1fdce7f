'use strict';
// A Worker's standard streams, both sides (node's ReadableWorkerStdio / WritableWorkerStdio).
// Parent side:
// - worker.stdout / worker.stderr are Readables carrying what the worker writes to its
//   process.stdout / stderr (console.log included), in order, all of it pushed before the Worker's
//   'exit'; they end at 'exit'. With the `stdout` / `stderr` option that output goes there only.
//   Without it the worker writes straight to the process's fd (node pipes worker.stdout into the
//   parent's process.stdout) and the host also sends a copy, which worker.stdout carries to its
//   readers; while nobody reads it, the copy is turned off.
// - worker.stdin, with the `stdin` option, is a Writable whose data feeds the worker's
//   process.stdin; end() ends that input. Without it worker.stdin is null.
// Worker side: process.stdout / stderr are Writables writing through the host (to the fd, or to the
// parent when redirected); process.stdin a Readable with what the parent wrote to worker.stdin
// (empty without the option).
// Data crosses threads as bytes through the host (node/host_process.py: OutputSink, InputQueue).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { writeToFd, readFromHost, stopReadingOnPause, stdinDestroy } = require('internal/process/stdio');

const kWrite = Symbol('kWrite');
const kEnd = Symbol('kEnd');

class ReadableWorkerStdio extends Readable {
  constructor(read) {
    super();
    this._read = read;
  }
}

class WritableWorkerStdio extends Writable {
  constructor(write, end, options) {
    super(options);
    this[kWrite] = write;
    this[kEnd] = end;
  }

  _write(chunk, encoding, cb) {
    this[kWrite](chunk, encoding);
    cb();
  }

  _final(cb) {
    this[kEnd]();
    cb();
  }
}

// -- parent side ----------------------------------------------------------------------------------

// Before the worker starts: its streams, and `onOutput(fd, chunks)` for the host to deliver the
// worker's output with. `start(threadId)` connects worker.stdin once the thread exists.
function createParentStdio(options) {
  let threadId;
  const redirected = { 1: Boolean(options.stdout), 2: Boolean(options.stderr) };
  const hasStdin = Boolean(options.stdin);
  // Whether the host sends the output of an inherited stream (a redirected one always comes).
  const copying = { 1: true, 2: true };
  const setCopying = (fd, on) => {
    copying[fd] = on;
    host.workerStdioMirror(threadId, fd, on);
  };
  const outputStream = (fd) => new ReadableWorkerStdio(() => {
    if (!redirected[fd] && !copying[fd]) setCopying(fd, true);
  });
  const stdio = {
    stdin: null,
    stdout: outputStream(1),
    stderr: outputStream(2),
    onOutput(fd, chunks) {   // one per write in the worker, each a 'data' event as in node
      const stream = fd === 1 ? stdio.stdout : stdio.stderr;
      if (stream._readableState.ended) return;
      if (redirected[fd] || stream.listenerCount('data') > 0 || stream.listenerCount('readable') > 0) {
        for (const chunk of chunks) stream.push(chunk);
      } else if (copying[fd]) {
        setCopying(fd, false);   // nobody reads the inherited copy: it already went to the fd
      }
    },
    start(id) {
      threadId = id;
      if (!hasStdin) return;
      stdio.stdin = new WritableWorkerStdio(
        (chunk) => host.workerStdinWrite(threadId, chunk),
        () => host.workerStdinWrite(threadId, undefined));
    },
  };
  return stdio;
}

// At the worker's exit, right before its 'exit' event: all its output was pushed; end the streams.
function endParentStdio(stdio) {
  for (const stream of [stdio.stdout, stdio.stderr]) {
    if (!stream._readableState.ended) stream.push(null);
  }
}

// -- worker side ----------------------------------------------------------------------------------

function workerOutputStream(fd) {
  // Ending it ends nothing in the parent: worker.stdout ends at the worker's exit (as in node).
  return new WritableWorkerStdio((chunk, encoding) => writeToFd(fd, chunk, encoding), () => {},
    { decodeStrings: false });
}

function workerInputStream() {
  const stream = new ReadableWorkerStdio(() => readFromHost(stream));
  stream._destroy = stdinDestroy;
  stopReadingOnPause(stream);
  return stream;
}

module.exports = { createParentStdio, endParentStdio, workerOutputStream, workerInputStream };
