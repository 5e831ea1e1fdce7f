'use strict';
// Timers and immediates, kept in JS as in node's lib/internal/timers.js so that setTimeout costs
// no call into the host. The host loop (host/loop.py) is told only the next expiry
// (host.scheduleTimer), whether timers keep the loop alive (host.toggleTimerRef), and whether
// immediates are queued (host.toggleImmediate); it calls processTimers(now) and processImmediate()
// in its timers and check phases. Times are the loop's clock in ms (host.loopNow).

const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');

let timerListId = 0;     // insertion order, the tie-breaker between equal expiries
let nextAsyncId = 1;
let refCount = 0;        // ref'd, active timers
let nextExpiry = Infinity;
const knownTimersById = { __proto__: null };

// The loop's clock, brought up to date: node stamps a timer with the time of its creation.
// (A program with sockets swaps in a C function that reads the same clock: useClock.)
let loopNow = host.loopNow;

function getLibuvNow() {
  return loopNow();
}

function useClock(clock) {
  loopNow = clock;
}

// A binary heap of entries { timer, expiry, id, due, dueId } ordered by (expiry, insertion id).
// Clearing a timer leaves its old entry in place (lazy removal): an entry is live only while it
// is its timer's current `_entry` and the timer is not destroyed. The heap is rebuilt when most
// of it is dead. A refresh (a socket's idle timer, at every read and write) only moves the
// entry's `due` time and order (`dueId`) later, as node's timer lists only move a timer's start:
// processTimers puts an entry whose `due` is later than its place back where it belongs, once
// its early place comes up.
const heap = [];
let deadInHeap = 0;

function lessThan(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}

// (Entries move by assignment, not by destructuring swaps: in this engine a swap through an
// array literal runs the array iterator's protocol, a dozen calls per step.)
function heapPush(entry) {
  let i = heap.length;
  heap.push(entry);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent];
    if (!lessThan(entry, above)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = entry;
}

function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  const size = heap.length;
  if (size > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = last;
      let at = -1;
      if (l < size && lessThan(heap[l], m)) {
        m = heap[l];
        at = l;
      }
      if (r < size && lessThan(heap[r], m)) {
        m = heap[r];
        at = r;
      }
      if (at === -1) break;
      heap[i] = m;
      i = at;
    }
    heap[i] = last;
  }
  return top;
}

function isLive(entry) {
  return entry.timer._entry === entry && !entry.timer._destroyed;
}

function retire(timer) {
  if (timer._entry !== null) {
    timer._entry = null;
    if (++deadInHeap > 64 && deadInHeap > heap.length / 2) {
      const entries = heap.slice();
      heap.length = 0;
      deadInHeap = 0;
      for (const entry of entries) {
        if (isLive(entry)) heapPush(entry);
        else if (entry.timer._entry === entry) entry.timer._entry = null;   // a disarmed one's
      }
    }
  }
}

// A timer's duration in ms: 1 for anything outside 1 .. 2^31 - 1 (with node's warning past it).
function duration(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = duration(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[async_id_symbol] = nextAsyncId++;
    this[trigger_async_id_symbol] = 1;
    Object.defineProperty(this, '_entry', { value: null, writable: true, enumerable: false });
    if (isRefed) incRefCount();
    insert(this, after);
  }

  // (a socket's idle timer is refreshed at every read and write: postpone's work inline)
  refresh() {
    if (this[kRefed] !== null && !this._destroyed) {
      const entry = this._entry;
      const now = loopNow();
      const due = now + this._idleTimeout;
      if (entry !== null && entry.expiry <= due) {
        this._idleStart = now;
        entry.due = due;
        entry.dueId = timerListId++;
      } else {
        retire(this);
        insert(this, this._idleTimeout, now);
      }
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function incRefCount() {
  if (refCount++ === 0) host.toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) host.toggleTimerRef(false);
}

function insert(timer, msecs, start = getLibuvNow()) {
  timer._idleStart = start;
  const expiry = start + msecs;
  const id = timerListId++;
  const entry = { timer, expiry, id, due: expiry, dueId: id };
  timer._entry = entry;
  heapPush(entry);
  if (entry.expiry < nextExpiry) {
    nextExpiry = entry.expiry;
    host.scheduleTimer(entry.expiry);
  }
}

// Make `timer` (whose entry is in the heap, maybe early) due `msecs` from now without moving its
// entry, when that entry comes no later than then; false when it cannot.
function postpone(timer, msecs) {
  const entry = timer._entry;
  if (entry === null) return false;
  const start = loopNow();
  if (entry.expiry > start + msecs) return false;
  timer._idleStart = start;
  entry.due = start + msecs;
  entry.dueId = timerListId++;
  return true;
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
  if (timer[kRefed]) decRefCount();
  retire(timer);
  timer._idleTimeout = -1;
}

// The callback's extra arguments, or undefined when there are none (the common, cheaper case).
function extraArgs(args, first) {
  return args.length > first ? Array.prototype.slice.call(args, first) : undefined;
}

// A timer that never keeps the loop alive (node's setUnrefTimeout, for sockets' idle timeouts):
// made unref'd, so the host hears of no ref count going up and down again.
function setUnrefTimeout(callback, after) {
  if (bindContext !== null) callback = bindContext(callback);
  return new Timeout(callback, after, undefined, false, false);
}

// Once an AsyncLocalStorage exists (internal/async_context.js), a callback runs in the async
// context of the code that scheduled it: the binder wraps it. The functions stay the same objects
// (programs and node's tests compare the globals).
let bindContext = null;

function setContextBinder(binder) {
  bindContext = binder;
}

// A socket's idle timer is stopped and started again around every request of a keep-alive
// connection: rather than a new Timeout each time, the same one serves again. disarmTimeout
// stops it keeping its callback; rearmTimeout starts it (stopped, fired or running) for `after` ms
// from now, or stops it and answers null when async contexts are tracked (a new timer then takes
// the context of now, as node's would).
// (Disarmed, a timer keeps its entry, dead until a rearm revives it: see postpone.)
function disarmTimeout(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
  if (timer[kRefed]) decRefCount();
  timer._idleTimeout = -1;
}

// A socket's idle timer's common case (internal/net's setTimeout, twice a keep-alive request):
// an unref'd timer nobody took the primitive of, no async contexts tracked. Stopping is a field
// write; starting again moves the due time of its entry still in the heap (processTimers checks
// it when the entry's early place comes up), so no heap work happens per request. Both answer
// false when the case is not the common one: the caller takes disarmTimeout / rearmTimeout.
function idleTimerOff(timer) {
  if (timer[kRefed] !== false || timer[kHasPrimitive]) return false;
  timer._destroyed = true;
  timer._idleTimeout = -1;
  return true;
}

function idleTimerOn(timer, after) {
  const entry = timer._entry;
  if (entry === null || bindContext !== null || timer[kRefed] !== false || timer[kHasPrimitive]) return false;
  const now = loopNow();
  const due = now + after;
  if (entry.expiry > due) return false;
  timer._destroyed = false;
  timer._idleTimeout = after;
  timer._idleStart = now;
  entry.due = due;
  entry.dueId = timerListId++;
  return true;
}

function rearmTimeout(timer, after) {
  if (bindContext !== null) {
    unenroll(timer);
    return null;
  }
  // (a keep-alive server rearms a socket's timer at every response: duration's common case inline)
  if (typeof after !== 'number' || !(after >= 1 && after <= TIMEOUT_MAX)) after = duration(after);
  if (timer._destroyed) {
    timer._destroyed = false;
    if (timer[kRefed]) incRefCount();
    if (timer[kHasPrimitive]) knownTimersById[timer[async_id_symbol]] = timer;
  }
  timer._idleTimeout = after;
  if (!postpone(timer, after)) {
    retire(timer);
    insert(timer, after);
  }
  return timer;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  if (bindContext !== null) callback = bindContext(callback);
  return new Timeout(callback, after, extraArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  if (bindContext !== null) callback = bindContext(callback);
  return new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

// Called by the host loop in its timers phase. Returns the next expiry: 0 when no timer is left,
// positive when a ref'd timer keeps the loop alive, negative otherwise (node's convention).
function processTimers(now) {
  nextExpiry = Infinity;
  let ranAtLeastOneTimer = false;
  while (heap.length > 0) {
    const entry = heap[0];
    if (!isLive(entry)) {
      heapPop();
      if (entry.timer._entry === entry) entry.timer._entry = null;   // a disarmed timer's
      else deadInHeap = Math.max(0, deadInHeap - 1);
      continue;
    }
    if (entry.expiry > now) {
      nextExpiry = entry.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    heapPop();
    if (entry.due > now) {   // refreshed since it was placed: to its place now
      entry.expiry = entry.due;
      entry.id = entry.dueId;
      heapPush(entry);
      continue;
    }
    const timer = entry.timer;
    timer._entry = null;
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    const start = timer._repeat ? getLibuvNow() : 0;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (err) {
      triggerUncaughtException(err);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (timer._entry === null && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
        if (timer[kRefed]) refCount--;
      }
    }
  }
  return 0;
}

// ---- immediates -------------------------------------------------------------------------------

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[async_id_symbol] = nextAsyncId++;
    this[trigger_async_id_symbol] = 1;
    this.ref();
    immediateInfo.count++;
    immediateQueue.push(this);
    syncImmediateState();
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo.refCount++ === 0) syncImmediateState();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo.refCount === 0) syncImmediateState();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

const immediateInfo = { count: 0, refCount: 0 };
let immediateQueue = [];
let reportedQueued = false;
let reportedRef = false;

function syncImmediateState() {
  const queued = immediateInfo.count > 0;
  const ref = immediateInfo.refCount > 0;
  if (queued !== reportedQueued || ref !== reportedRef) {
    reportedQueued = queued;
    reportedRef = ref;
    host.toggleImmediate(queued, ref);
  }
}

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  if (bindContext !== null) callback = bindContext(callback);
  return new Immediate(callback, extraArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo.count--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo.refCount === 0) syncImmediateState();
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  syncImmediateState();
}

// Called by the host loop in its check phase: runs the immediates queued before this phase began;
// those they queue run in the next iteration, as in node.
function processImmediate() {
  const queue = immediateQueue;
  immediateQueue = [];
  let ranAtLeastOneImmediate = false;
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (immediate._destroyed) continue;
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    immediate._destroyed = true;
    immediateInfo.count--;
    if (immediate[kRefed]) immediateInfo.refCount--;
    immediate[kRefed] = null;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } catch (err) {
      syncImmediateState();
      triggerUncaughtException(err);
    }
  }
  syncImmediateState();
  runNextTicks();
}

let runNextTicks;
let triggerUncaughtException;

function setup(hooks) {
  runNextTicks = hooks.runNextTicks;
  triggerUncaughtException = hooks.triggerUncaughtException;
}

// the property a net / http2 object keeps its idle Timeout under (node's tests read it)
const kTimeout = Symbol('timeout');

module.exports = {
  setContextBinder,
  kTimeout,
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval,
  setImmediate,
  clearImmediate,
  processTimers,
  processImmediate,
  getLibuvNow,
  useClock,
  setUnrefTimeout,
  disarmTimeout,
  rearmTimeout,
  idleTimerOff,
  idleTimerOn,
  setup,
  kRefed,
  TIMEOUT_MAX,
};
