'use strict';
// The current async context: an immutable Map (AsyncLocalStorage -> store), or null. QuickJS has
// no promise hooks, so context follows callbacks by wrapping the places that schedule them, once
// the first AsyncLocalStorage exists (programs without one pay nothing):
//
// - Promise.prototype.then (and so catch, finally, Promise.all...): the callbacks run in the
//   context that was current when then() was called;
// - `await p` on a native promise: the engine reads p.constructor (the spec's PromiseResolve) just
//   before it subscribes the async function's continuation to p. A getter there subscribes a
//   reaction that restores the awaiting context first; reactions of one promise run in order,
//   adjacent in the job queue, so the continuation runs right after it;
// - setTimeout, setInterval, setImmediate, process.nextTick and queueMicrotask (global and
//   node:timers functions): the callback runs in the context current at scheduling (the
//   schedulers call the binder set here; they stay the same functions).
//
// A callback sets its context when it starts and leaves it set (no restore when it returns), so
// that code running right after it without a wrapper of its own -- the continuation of `await` on
// a non-promise value -- sees the context of the code that scheduled it. Synchronous scopes
// (AsyncLocalStorage#run / #exit, AsyncResource#runInAsyncScope) restore when they return.
// Documented gaps (NOT_IMPLEMENTED.md): host events (stdin data, fs callbacks, worker messages)
// see whatever context the last callback left; reading `.constructor` of a promise outside an
// await marks it handled.

let current = null;
let installed = false;

function getFrame() {
  return current;
}

function setFrame(frame) {
  current = frame;
}

function frameWith(frame, key, value) {
  const next = new Map(frame ?? undefined);
  next.set(key, value);
  return next;
}

function frameWithout(frame, key) {
  if (frame === null || !frame.has(key)) return frame;
  const next = new Map(frame);
  next.delete(key);
  return next.size === 0 ? null : next;
}

// `fn` running in `frame`, which it leaves current (see above).
function bindFrame(fn, frame) {
  return function runInFrame(...args) {
    current = frame;
    return Reflect.apply(fn, this, args);
  };
}

function installPromisePropagation() {
  const originalThen = Promise.prototype.then;
  let internal = false;   // inside our own then(): the engine's species lookup is not an await

  Object.defineProperty(Promise.prototype, 'then', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: {
      then(onFulfilled, onRejected) {
        const frame = current;
        internal = true;
        try {
          return Reflect.apply(originalThen, this, [
            typeof onFulfilled === 'function' ? bindFrame(onFulfilled, frame) : onFulfilled,
            typeof onRejected === 'function' ? bindFrame(onRejected, frame) : onRejected,
          ]);
        } finally {
          internal = false;
        }
      },
    }.then,
  });

  Object.defineProperty(Promise.prototype, 'constructor', {
    configurable: true,
    enumerable: false,
    get() {
      if (!internal && this !== Promise.prototype) {
        const frame = current;
        const restore = () => { current = frame; };
        internal = true;
        try {
          Reflect.apply(originalThen, this, [restore, restore]);
        } finally {
          internal = false;
        }
      }
      return Promise;
    },
    set(value) {
      Object.defineProperty(this, 'constructor', { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

// Called by the first AsyncLocalStorage. (queueMicrotask needs nothing of its own: it schedules
// through then().)
function enablePropagation() {
  if (installed) return;
  installed = true;
  installPromisePropagation();
  const binder = (callback) => bindFrame(callback, current);
  require('internal/timers').setContextBinder(binder);
  require('internal/process/task_queues').setContextBinder(binder);
}

module.exports = { getFrame, setFrame, frameWith, frameWithout, bindFrame, enablePropagation };
