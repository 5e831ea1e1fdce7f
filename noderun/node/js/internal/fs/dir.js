'use strict';
// fs.Dir (fs.opendir / opendirSync / promises.opendir): a directory's entries as Dirents, read
// one at a time. The host lists the directory when it is opened (libuv reads it in batches of
// bufferSize; what a program sees is the same for a directory nobody changes meanwhile). As in
// node, asynchronous reads and closes run in order, and synchronous work while one is pending is
// ERR_DIR_CONCURRENT_OPERATION; anything after close is ERR_DIR_CLOSED.

const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { setImmediate } = require('internal/timers');
const { getOptions, getValidatedPath } = require('internal/fs/utils');
const { makeDirents } = require('internal/fs/stats');

const kEntries = Symbol('kEntries');

class Dir {
  #path;
  #closed = false;
  #queue = [];   // asynchronous operations waiting: { step, settle }
  #draining = false;   // a turn of the loop is set to run them

  constructor(path, entries) {
    if (entries === undefined) throw new ERR_MISSING_ARGS('handle');
    this.#path = path;
    this[kEntries] = entries;
  }

  get path() {
    if (!(#path in this)) throw new ERR_INVALID_THIS('Dir');
    return this.#path;
  }

  // Queued operations run in order in one later turn of the loop, as node serves them from the
  // entries it has buffered: a callback is called there and then, a promise settles after. A
  // close completes a turn later still (node waits for libuv to close the handle).
  #enqueue(step, callback) {
    let settle;
    const promise = callback === undefined ? new Promise((resolve, reject) => {
      settle = (error, value) => (error ? reject(error) : resolve(value));
    }) : undefined;
    if (callback !== undefined) settle = (error, value) => (error ? callback(error) : callback(null, value));
    this.#queue.push({ step, settle });
    if (!this.#draining) {
      this.#draining = true;
      setImmediate(() => this.#drain());
    }
    return promise;
  }

  #drain() {
    for (;;) {
      if (this.#queue.length === 0) {
        this.#draining = false;
        return;
      }
      const { step, settle } = this.#queue[0];
      let value;
      try {
        value = step();
      } catch (error) {
        this.#queue.shift();
        settle(error);
        continue;
      }
      if (value === kClosing) {
        setImmediate(() => {
          this.#queue.shift();
          settle(null, undefined);
          this.#drain();
        });
        return;
      }
      this.#queue.shift();
      settle(null, value);
    }
  }

  #nextEntry() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    return this[kEntries].shift() ?? null;
  }

  #closeNow() {
    this.#closed = true;
    this[kEntries] = [];
  }

  read(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) {
      if (callback === undefined) return Promise.reject(new ERR_DIR_CLOSED());
      throw new ERR_DIR_CLOSED();
    }
    return this.#enqueue(() => this.#nextEntry(), callback);
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue.length > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#nextEntry();
  }

  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) {
      const error = new ERR_DIR_CLOSED();
      if (callback === undefined) return Promise.reject(error);
      process.nextTick(() => callback(error));
      return undefined;
    }
    // with nothing queued the handle counts as closed at once, as in node
    if (this.#queue.length === 0) this.#closeNow();
    return this.#enqueue(() => {
      this.#closeNow();
      return kClosing;
    }, callback);
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue.length > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closeNow();
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

const kClosing = Symbol('kClosing');

// Opening a directory as an fs operation (internal/fs/sync.js's kind: a generator of host calls),
// so that fs.opendir and fs.promises.opendir list it on the thread pool. `errorNamesPath`: node's
// promise form puts the path in its error, the others do not.
function* opendirOp(path, options, errorNamesPath = false) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  const listing = yield ['fsOpendir', path, Boolean(options.recursive), errorNamesPath];
  return new Dir(path, makeDirents(listing));
}

function openDirectory(path, options) {
  return require('internal/fs/sync').runSync(opendirOp(path, options));
}

module.exports = { Dir, openDirectory, opendirOp };
