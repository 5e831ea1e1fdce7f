'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection tracking, in node's order: after every
// callback from the loop, the nextTick queue drains, then the microtask queue, and again until
// both are empty; then pending unhandled rejections are reported ('unhandledRejection' or a fatal
// error, node 20's default "throw" mode). `tickInfo` is shared with the host so that it can tell
// without a call whether there is anything to drain, and so that JS can tell which turn of the
// event loop it runs in (the host counts them) and whether batched messages wait to be sent.

const { validateFunction } = require('internal/validators');
const { isErrorLike, codes } = require('internal/errors');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;
const kLoopTurn = 2;
const kSendsPending = 3;
let tickInfo;
let runMicrotasks;
let triggerUncaughtException;

let queue = [];
let queueHead = 0;

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

// (see internal/timers.js: the async context a callback runs in, once an AsyncLocalStorage exists)
let bindContext = null;

function setContextBinder(binder) {
  bindContext = binder;
  if (delegateTicks !== null) delegateTicks(binder !== null);
}

// (The queue's functions are the hottest of any server, a few calls per request each: they test
// the shared flags inline rather than through a function.)
// A tick is five slots of the queue, no object of its own: the callback, the number of its
// arguments, then up to three arguments in place (nearly every tick has fewer; with more, the
// count is -1 and the first slot holds an array of them).
function nextTick(callback, a, b, c) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (bindContext !== null) callback = bindContext(callback);
  tickInfo[kHasTickScheduled] = 1;
  const count = arguments.length - 1;
  if (pushTick !== null) {
    if (count === 0) pushTick(callback);
    else if (count === 1) pushTick(callback, a);
    else pushTick(callback, ...Array.prototype.slice.call(arguments, 1));
  } else if (count <= 3) {
    queue.push(callback, count, a, b, c);
  } else {
    queue.push(callback, -1, Array.prototype.slice.call(arguments, 1), undefined, undefined);
  }
}

// Once a program uses sockets, the queue is kept in C (engine/fastio.c's fastio_ticks) and
// process.nextTick is its C function, which calls the one above only for what it does not do
// itself (a callback to check or to bind to an async context); these are its push and run.
let pushTick = null;
let runQueuedTicks = null;
let drainQueuedTicks = null;   // its runs and microtask checkpoints until neither is left
let delegateTicks = null;

function useTickQueue() {
  if (pushTick !== null) return;
  const [cNextTick, push, run, delegate, drain] =
    host.tickQueueFunctions(nextTick, process, triggerUncaughtException);
  // the ticks queued so far go first, in order
  for (let at = queueHead; at < queue.length; at += 5) {
    const count = queue[at + 1];
    if (count === -1) push(queue[at], ...queue[at + 2]);
    else push(queue[at], ...[queue[at + 2], queue[at + 3], queue[at + 4]].slice(0, count));
  }
  queue = [];
  queueHead = 0;
  pushTick = push;
  runQueuedTicks = run;
  drainQueuedTicks = drain;
  delegateTicks = delegate;
  if (bindContext !== null) delegate(true);
  if (process.nextTick === nextTick) process.nextTick = cNextTick;
}

function runTicks() {
  if (runQueuedTicks !== null) {
    runQueuedTicks();
    return;
  }
  while (queueHead < queue.length) {
    const at = queueHead;
    queueHead += 5;
    const callback = queue[at];
    const a = queue[at + 2];
    const b = queue[at + 3];
    const c = queue[at + 4];
    queue[at] = queue[at + 2] = queue[at + 3] = queue[at + 4] = undefined;   // (let them go)
    try {
      switch (queue[at + 1]) {   // (called as a function: `this` is not the queue's)
        case 0: callback(); break;
        case 1: callback(a); break;
        case 2: callback(a, b); break;
        case 3: callback(a, b, c); break;
        default: callback(...a);
      }
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }
  queue = [];
  queueHead = 0;
}

function processTicksAndRejections() {
  if (drainQueuedTicks !== null) {
    do {
      drainQueuedTicks();
    } while ((asyncHandledRejections.length > 0 || pendingUnhandledRejections.length > 0) &&
             processPromiseRejections());
  } else {
    do {
      runTicks();
      runMicrotasks();
    } while (queueHead < queue.length || (rejectionsPending() && processPromiseRejections()));
  }
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

// Between two timers or immediates: drain only when something is queued.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] !== 1 && tickInfo[kHasRejectionToWarn] !== 1) {
    runMicrotasks();
    if (tickInfo[kHasTickScheduled] !== 1 && tickInfo[kHasRejectionToWarn] !== 1) return;
  }
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  });
}

// ---- unhandled rejections ---------------------------------------------------------------------

const maybeUnhandledPromises = new WeakMap();
let pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;

// Called by the host from the engine's rejection tracker.
function promiseRejectHandler(promise, reason, isHandled) {
  if (!isHandled) {
    maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandledRejections.push(promise);
    setHasRejectionToWarn(true);
    return;
  }
  const promiseInfo = maybeUnhandledPromises.get(promise);
  if (promiseInfo !== undefined) {
    maybeUnhandledPromises.delete(promise);
    if (promiseInfo.warned) {
      const warning = new Error('Promise rejection was handled ' +
        `asynchronously (rejection id: ${promiseInfo.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = promiseInfo.uid;
      asyncHandledRejections.push({ promise, warning });
      setHasRejectionToWarn(true);
    }
  }
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true, enumerable: false,
});

function noSideEffectsToString(value) {
  try {
    return typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    return '[object Object]';
  }
}

function unhandledRejectionError(reason) {
  return new UnhandledPromiseRejection('This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch().' +
    ` The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
}

// Whether processPromiseRejections has anything to do (it answers false when not).
function rejectionsPending() {
  return asyncHandledRejections.length > 0 || pendingUnhandledRejections.length > 0;
}

function processPromiseRejections() {
  let maybeScheduledTicksOrMicrotasks = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  const pending = pendingUnhandledRejections;
  pendingUnhandledRejections = [];
  for (let i = 0; i < pending.length; i++) {
    const promise = pending[i];
    const promiseInfo = maybeUnhandledPromises.get(promise);
    if (promiseInfo === undefined) continue;
    promiseInfo.warned = true;
    const { reason } = promiseInfo;
    if (!process.emit('unhandledRejection', reason, promise)) {
      const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
      triggerUncaughtException(err, true);
    }
    maybeScheduledTicksOrMicrotasks = true;
  }
  return maybeScheduledTicksOrMicrotasks || pendingUnhandledRejections.length !== 0;
}

// A number that changes when the event loop moves on to its next callback.
function loopTurn() {
  return tickInfo[kLoopTurn];
}

// Whether messages batched by MessagePorts wait to be sent (node/messaging.py sets it).
function sendsPending() {
  return tickInfo[kSendsPending] !== 0;
}

// A program with sockets swaps in a C function that does the same (host.fastFunctions).
function useMicrotaskRunner(runner) {
  runMicrotasks = runner;
}

function setup(sharedTickInfo, hooks) {
  tickInfo = sharedTickInfo;
  runMicrotasks = hooks.runMicrotasks;
  triggerUncaughtException = hooks.triggerUncaughtException;
}

module.exports = {
  setContextBinder,
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runNextTicks,
  promiseRejectHandler,
  loopTurn,
  sendsPending,
  useMicrotaskRunner,
  useTickQueue,
  setup,
};
