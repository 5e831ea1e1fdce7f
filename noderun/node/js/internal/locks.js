'use strict';
// The Web Locks API (navigator.locks, worker_threads.locks): this thread's LockManager over the
// process-wide lock table (host/locks.py), so locks are shared by every thread as in node. A
// request the table grants at once runs its callback at once (node does too); a request that
// waits runs it when the table's grant reaches this thread's loop (locksNotify). The lock is
// released when the promise the callback returned settles, and the request's promise settles
// with it.

const { DOMException } = require('internal/dom_exception');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE }, fromHost } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kConstruct = Symbol('kConstruct');
const kName = Symbol('kName');
const kMode = Symbol('kMode');

// node 24.12's lib/internal/locks.js throws these names where it means the error classes: what
// a program sees is a plain TypeError saying so
function brokenNodeError(code) {
  return new TypeError(`${code} is not a constructor`);
}

class Lock {
  constructor(key, name, mode) {
    if (key !== kConstruct) throw brokenNodeError('ERR_ILLEGAL_CONSTRUCTOR');
    this[kName] = name;
    this[kMode] = mode;
  }

  get name() {
    if (!(this instanceof Lock)) throw brokenNodeError('ERR_INVALID_THIS');
    return this[kName];
  }

  get mode() {
    if (!(this instanceof Lock)) throw brokenNodeError('ERR_INVALID_THIS');
    return this[kMode];
  }
}

// -- this thread's requests ------------------------------------------------------------------------

const waiting = new Map();   // request id -> record, until the table grants it
const holding = new Map();   // request id -> record, until its callback's promise settles

function grant(record, id) {
  const lock = new Lock(kConstruct, record.name, record.mode);
  let result;
  try {
    result = record.callback(lock);
  } catch (error) {
    // node 24.12 rejects and keeps the lock held: nothing ever releases it
    record.reject(error);
    return;
  }
  holding.set(id, record);
  // a plain value releases the lock at once (node's order: those waiting behind it run before
  // the microtasks already queued); a promise or thenable when it settles
  if (result === null || (typeof result !== 'object' && typeof result !== 'function') || typeof result.then !== 'function') {
    finish(id, record, true, result);
    return;
  }
  Promise.resolve(result).then((value) => finish(id, record, true, value),
    (error) => finish(id, record, false, error));
}

function finish(id, record, fulfilled, outcome) {
  if (holding.get(id) !== record) return;   // stolen: its promise was rejected then
  holding.delete(id);
  const mine = host.lockRelease(id);
  if (fulfilled) record.resolve(outcome);
  else record.reject(outcome);
  for (const grantedId of mine) granted(grantedId);
}

function granted(id) {
  const record = waiting.get(id);
  if (record === undefined) return;
  waiting.delete(id);
  record.signal?.removeEventListener('abort', record.onAbort);
  grant(record, id);
}

// News from the table, on this thread's loop.
function notify(kind, id) {
  if (kind === 'granted') {
    granted(id);
    return;
  }
  const record = holding.get(id);   // 'stolen'
  if (record === undefined) return;
  holding.delete(id);
  record.reject(new DOMException('The operation was aborted', 'AbortError'));
}

// -- LockManager -----------------------------------------------------------------------------------

// WebIDL's LockOptions dictionary, members read in alphabetical order.
function readOptions(options) {
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object' && typeof options !== 'function') {
    throw fromHost('TypeError', 'ERR_INVALID_ARG_TYPE', 'Value cannot be converted to a dictionary');
  }
  const ifAvailable = Boolean(options.ifAvailable);
  let mode = options.mode;
  if (mode === undefined) mode = 'exclusive';
  else {
    mode = `${mode}`;
    if (mode !== 'exclusive' && mode !== 'shared') {
      throw fromHost('TypeError', 'ERR_INVALID_ARG_VALUE', `mode value '${mode}' is not a valid enum value of type LockMode.`);
    }
  }
  const signal = options.signal;
  if (signal !== undefined && (signal === null || (typeof signal !== 'object' && typeof signal !== 'function'))) {
    throw fromHost('TypeError', 'ERR_INVALID_ARG_TYPE', 'Value is not an object');
  }
  const steal = Boolean(options.steal);
  return { ifAvailable, mode, signal, steal };
}

function notSupported(message) {
  return new DOMException(message, 'NotSupportedError');
}

class LockManager {
  constructor(key = undefined) {
    if (key !== kConstruct) throw brokenNodeError('ERR_ILLEGAL_CONSTRUCTOR');
  }

  async request(name, options, callback = undefined) {
    if (typeof name === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', name);
    name = `${name}`;
    if (callback === undefined) {   // request(name, callback)
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    const { ifAvailable, mode, signal, steal } = readOptions(options);
    if (signal !== undefined) {
      if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      if (signal.aborted) throw signal.reason;
    }
    if (name.startsWith('-')) throw notSupported('Lock name may not start with hyphen');
    if (steal && ifAvailable) throw notSupported('ifAvailable and steal are mutually exclusive');
    if (steal && mode === 'shared') throw notSupported('mode: "shared" and steal are mutually exclusive');
    if (signal !== undefined && (steal || ifAvailable)) throw notSupported('signal cannot be used with steal or ifAvailable');

    return new Promise((resolve, reject) => {
      const record = { name, mode, callback, resolve, reject, signal, onAbort: undefined };
      const [status, id] = host.lockRequest(name, mode, steal, ifAvailable);
      if (status === 'granted') {
        grant(record, id);
      } else if (status === 'unavailable') {
        try {
          resolve(callback(null));
        } catch (error) {
          reject(error);
        }
      } else {
        waiting.set(id, record);
        if (signal !== undefined) {
          record.onAbort = () => {
            if (!host.lockAbort(id)) return;   // granted meanwhile: the grant is on its way
            waiting.delete(id);
            reject(signal.reason);
          };
          signal.addEventListener('abort', record.onAbort, { once: true });
        }
      }
    });
  }

  async query() {
    if (!(this instanceof LockManager)) throw brokenNodeError('ERR_INVALID_THIS');
    const [held, pending] = host.lockQuery();
    const entry = ([name, mode, clientId]) => ({ name, mode, clientId });
    return { held: held.map(entry), pending: pending.map(entry) };
  }
}

// node's WebIDL-style members: enumerable methods and accessors, and a class tag
for (const Class of [Lock, LockManager]) {
  for (const key of Object.getOwnPropertyNames(Class.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(Class.prototype, key, { enumerable: true });
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}

let locks;

function getLockManager() {
  locks ??= new LockManager(kConstruct);
  return locks;
}

module.exports = { Lock, LockManager, getLockManager, notify };
