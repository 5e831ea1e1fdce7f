'use strict';
// fs.watch, fs.promises.watch, fs.watchFile / unwatchFile.
// - FSWatcher: an EventEmitter over a host fs-event handle (node/host_fs_event.py, inotify on the
//   loop's selector); each change arrives as bootstrap.js's fsEvent(id, kind, filename bytes).
//   `recursive` is the handle's own (it watches the directories below as they come and go).
// - StatWatcher (watchFile): polls the file's stats on a timer every `interval` ms, each stat on
//   the thread pool, and emits 'change' (curr, prev) when they differ, as libuv's uv_fs_poll.

const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_WATCH_QUEUE_OVERFLOW },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateObject, validateOneOf, validateUint32,
  validateInteger,
} = require('internal/validators');
const { getOptions, getValidatedPath, normalizeEncoding, toBuffer } = require('internal/fs/utils');
const { ops, runAsync } = require('internal/fs/sync');
const { makeStats } = require('internal/fs/stats');
const { Buffer } = require('buffer');

// -- fs-event handles ---------------------------------------------------------------------------

const handles = new Map();   // id -> FSEvent
let nextId = 1;

// One host watcher: `onchange(eventType, filename)` for each change; `start` returns an error
// (not thrown) as node's FSEvent does.
class FSEvent {
  constructor(encoding) {
    this.id = nextId++;
    this.encoding = encoding;   // null: Buffer file names
    this.onchange = null;
    this.started = false;
    this.closed = false;
  }

  start(path, persistent, recursive) {
    const info = host.fsEventStart(this.id, path, persistent, recursive);
    if (info != null) return info;
    this.started = true;
    handles.set(this.id, this);
    return null;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    handles.delete(this.id);
    if (this.started) host.fsEventClose(this.id);
  }

  ref() {
    if (!this.closed) host.fsEventSetRef(this.id, true);
  }

  unref() {
    if (!this.closed) host.fsEventSetRef(this.id, false);
  }

  hasRef() {
    return !this.closed && host.fsEventHasRef(this.id);
  }

  deliver(kind, bytes) {
    const name = toBuffer(bytes);
    this.onchange?.(kind, this.encoding === null ? name : name.toString(this.encoding));
  }
}

// bootstrap.js's fsEvent
function event(id, kind, bytes) {
  handles.get(id)?.deliver(kind, bytes);
}

// node's UVException for a watcher that could not start: `ENOENT: no such file or directory,
// watch '/x'` with errno, syscall, code, path and filename.
function watchError([errno, code, description], path) {
  const message = code === 'ENOSPC' ? 'inotify limit reached' : description;
  const error = new Error(`${code}: ${message}, watch '${path}'`);
  error.errno = errno;
  error.syscall = 'watch';
  error.code = code;
  error.path = path;
  error.filename = path;
  Error.captureStackTrace(error, watch);
  return error;
}

// node watches a directory tree by scanning it first: a missing one fails as stat does.
function statForRecursive(path) {
  try {
    require('fs').statSync(path);
  } catch (error) {
    if (error.code === 'ENOENT') {
      error.filename = path;
      throw error;
    }
  }
}

function validateEncodingName(encoding) {
  if (encoding != null && encoding !== 'buffer' && normalizeEncoding(encoding) == null) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// -- FSWatcher ----------------------------------------------------------------------------------

const kStart = Symbol('kFSWatchStart');
const kRecursive = Symbol('kRecursive');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  [kStart](path, persistent, recursive, encoding) {
    const handle = new FSEvent(encoding === 'buffer' ? null : normalizeEncoding(encoding) ?? 'utf8');
    handle.onchange = (eventType, filename) => this.emit('change', eventType, filename);
    if (recursive) statForRecursive(path);
    const info = handle.start(require('path').toNamespacedPath(path), persistent, recursive);
    if (info != null) throw watchError(info, path);
    this._handle = handle;
    this[kRecursive] = recursive;
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    // node's recursive watcher on Linux (a JS one) says 'close' at once, the native one a tick later
    if (this[kRecursive]) this.emit('close');
    else process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

let kResistStopPropagation;

function closeOnAbort(signal, watcher) {
  if (signal.aborted) {
    process.nextTick(() => watcher.close());
    return;
  }
  kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
  const onAbort = () => watcher.close();
  signal.addEventListener('abort', onAbort, { __proto__: null, [kResistStopPropagation]: true });
  watcher.once('close', () => signal.removeEventListener('abort', onAbort));
}

// fs.watch(filename[, options][, listener])
function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  const { persistent = true, recursive = false, signal, encoding } = options;
  const path = getValidatedPath(filename);
  if (recursive) {
    validateBoolean(recursive, 'options.recursive');
    if (persistent != null) validateBoolean(persistent, 'options.persistent');
  }
  if (signal != null) validateAbortSignal(signal, 'options.signal');
  const watcher = new FSWatcher();
  watcher[kStart](pathString(path), Boolean(persistent), Boolean(recursive), encoding);
  if (listener) watcher.addListener('change', listener);   // a bad one throws now, as node's (leaving the watcher on)
  if (signal) closeOnAbort(signal, watcher);
  return watcher;
}

function pathString(path) {
  return typeof path === 'string' ? path : Buffer.from(path).toString();
}

// fs.promises.watch(filename[, options]): an async iterator of { eventType, filename }. Events
// wait in a queue of at most `maxQueue` between iterations; beyond it, 'ignore' drops them with a
// warning and 'error' fails the iterator.
async function* watchPromise(filename, options = {}) {
  const path = pathString(getValidatedPath(filename));
  validateObject(options, 'options');
  const {
    persistent = true, recursive = false, encoding = 'utf8', signal, maxQueue = 2048, overflow = 'ignore',
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateAbortSignal(signal, 'options.signal');
  validateEncodingName(encoding);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const handle = new FSEvent(encoding === 'buffer' ? null : normalizeEncoding(encoding) ?? 'utf8');
  const queue = [];
  let wake = null;      // settles the iteration that waits for an event
  let failure = null;
  const settle = () => {
    if (wake === null) return;
    const resolve = wake;
    wake = null;
    resolve();
  };
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    handle.close();
    settle();
  };
  handle.onchange = (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'error') {
        failure = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        handle.close();
        settle();
      } else {
        process.emitWarning('fs.watch maxQueue exceeded');
      }
      return;
    }
    queue.push({ __proto__: null, eventType, filename: name });
    settle();
  };
  try {
    if (signal) {
      kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    if (recursive) statForRecursive(path);
    const info = handle.start(require('path').toNamespacedPath(path), persistent, recursive);
    if (info != null) throw watchError(info, path);
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

// -- StatWatcher (watchFile) --------------------------------------------------------------------

const kStartPolling = Symbol('kFSStatWatcherStart');
const kListenerRefs = Symbol('kFSStatWatcherAddOrCleanRef');

// The fields libuv compares to tell that a file changed (uv_fs_poll's statbuf_eq).
const kCompared = ['ctimeMs', 'mtimeMs', 'birthtimeMs', 'size', 'mode', 'uid', 'gid', 'ino', 'dev'];

function sameStats(a, b) {
  return kCompared.every((key) => a[key] === b[key]);
}

function zeroStats(bigint) {
  return makeStats(bigint ? new BigInt64Array(18) : new Float64Array(18), bigint);
}

class StatWatcher extends EventEmitter {
  #bigint;
  #refs = 1;        // node counts refs per listener so that unwatchFile of one keeps the others'
  #maxRefs = 1;
  #timer = null;
  #path = null;
  #interval = 0;
  #prev = null;
  #status = 0;      // 0 before the first stat, 1 after a good one, or the last error's errno
  #persistent = true;
  #polling = false;

  constructor(bigint) {
    super();
    this._handle = null;
    this.#bigint = Boolean(bigint);
  }

  [kStartPolling](path, persistent, interval) {
    if (this._handle !== null) return;
    validateUint32(interval, 'interval');
    this._handle = { path };
    this.#path = path;
    this.#interval = interval;
    this.#persistent = persistent;
    this.#prev = zeroStats(this.#bigint);
    this.#poll();
  }

  #poll() {
    const started = Date.now();
    this.#polling = true;
    runAsync(ops.statSync(this.#path, { bigint: this.#bigint }), (error, stats) => {
      this.#polling = false;
      if (this._handle === null) return;
      this.#compare(error, stats);
      if (this._handle === null) return;
      const elapsed = Date.now() - started;
      const wait = this.#interval === 0 ? 0 : this.#interval - (elapsed % this.#interval);
      this.#timer = setTimeout(() => this.#poll(), wait);
      if (!this.#persistent || this.#refs === 0) this.#timer.unref();
    });
  }

  #compare(error, stats) {
    if (error) {
      // reported once per kind of error, against the last stats seen (kept for when it returns)
      if (this.#status !== error.errno) {
        this.#status = error.errno;
        if (error.errno !== -1) this.emit('change', zeroStats(this.#bigint), this.#prev);
      }
      return;
    }
    const previous = this.#prev;
    this.#prev = stats;
    const changed = this.#status < 0 || (this.#status === 1 && !sameStats(previous, stats));
    this.#status = 1;
    if (changed) this.emit('change', stats, previous);
  }

  stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    clearTimeout(this.#timer);
    this.#timer = null;
    this._handle = null;
  }

  ref() {
    if (this.#refs === this.#maxRefs) return this;
    if (this._handle !== null && this.#refs++ === 0) this.#setRef(true);
    return this;
  }

  unref() {
    if (this._handle !== null && --this.#refs === 0) this.#setRef(false);
    return this;
  }

  #setRef(ref) {
    if (!this.#persistent) return;
    if (ref) this.#timer?.ref();
    else this.#timer?.unref();
  }

  [kListenerRefs](operation) {
    if (operation === 'add') {
      this.#refs++;
      this.#maxRefs++;
    } else if (operation === 'clean') {
      this.#maxRefs--;
      this.unref();
    } else {
      this.#maxRefs = 0;
      this.#refs = 0;
      if (this._handle !== null) this.#setRef(false);
    }
  }
}

const statWatchers = new Map();   // resolved path -> StatWatcher

function watchFile(filename, options, listener) {
  const path = require('path').resolve(pathString(getValidatedPath(filename)));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher[kStartPolling](path, options.persistent, options.interval);
    statWatchers.set(path, watcher);
  } else {
    watcher[kListenerRefs]('add');
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = require('path').resolve(pathString(getValidatedPath(filename)));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher[kListenerRefs]('clean');
  } else {
    watcher.removeAllListeners('change');
    watcher[kListenerRefs]('cleanAll');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports = { watch, watchPromise, watchFile, unwatchFile, FSWatcher, StatWatcher, event };
