'use strict';
// node:timers/promises: promise forms of setTimeout and setImmediate, setInterval as an async
// iterator, and the scheduler object. A signal aborts a pending wait with node's AbortError
// (code 'ABORT_ERR', the signal's reason as `cause`); `ref: false` lets the process exit first.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS }, AbortError,
} = require('internal/errors');
const { validateObject, validateAbortSignal, validateBoolean } = require('internal/validators');
const timers = require('internal/timers');

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Reads and checks { signal, ref } the way node does for every function here.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// One pending timer or immediate as a promise: `start(resolve)` schedules it and returns its
// handle; `clear(handle)` cancels it when the signal aborts.
function waitFor(options, start, clear) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  return onAbort === undefined ? promise : promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  return waitFor(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return waitFor(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let onAbort;
  let interval;
  try {
    let notYielded = 0;
    let wake;
    interval = timers.setInterval(() => {
      notYielded++;
      wake?.();
      wake = undefined;
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        timers.clearInterval(interval);
        wake?.(Promise.reject(abortErrorFor(signal)));
        wake = undefined;
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor(key = undefined) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true; // an own enumerable key: node's inspect shows it
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
