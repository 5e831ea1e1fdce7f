'use strict';
// The Readable state of an IncomingMessage, made on first use. Most requests are never read: the
// body is empty, nobody listens to the request, and its whole life as a stream ('readable' when
// the body ends, the server's _dump at the response's finish, 'resume', 'end', autoDestroy,
// 'close') is ticks and state changes no one observes. Until someone does, the message keeps that
// state as bits of one number (`kLazy`) and these functions follow, tick for tick, what
// internal/streams/readable.js and destroy.js would do for an empty stream that nobody reads,
// with 'readable' / 'resume' / 'end' / 'close' emitted to no one.
//
// The real state is made (materialise) from the bits as soon as anything may look: a read of
// `_readableState` (every Readable method and getter reads it), `on()`, a listener for the event a
// step would emit, or a method a step would call (emit, read, _read, destroy, _destroy) that is not
// the stock one. A step then runs the real machinery instead, and ticks already queued hand over to
// the real functions. Everything node's API shows (events and their order, getters, listeners)
// stays node's; `_readableState` is an accessor of the prototype until it is made.

const Readable = require('internal/streams/readable');
const destroyImpl = require('internal/streams/destroy');
const EventEmitter = require('events');
const { kReadableInternals } = require('internal/streams/utils');

const { ReadableState, kPaused, kEndPending, emitReadableNT, resumeNT, endReadableNT, flow } =
  Readable[kReadableInternals];
const { emitCloseNT } = destroyImpl;

const kLazy = Symbol('kLazy');

// bits of kLazy: a state field each, set when the field differs from a new ReadableState's
const LAZY = 1;                  // the state is not made yet
const ENDED = 2;                 // ended
const READING = 4;               // reading
const NEED_READABLE = 8;         // needReadable
const EMITTED_READABLE = 16;     // emittedReadable
const SYNC_DONE = 32;            // sync = false
const FLOWING = 64;              // flowing = true (else null)
const RESUMED = 128;             // [kPaused] = false (else null)
const RESUME_SCHEDULED = 256;    // resumeScheduled
const READ_STARTED = 512;        // readingMore = false (an IncomingMessage starts with it true)
const END_PENDING = 1024;        // [kEndPending]
const END_EMITTED = 2048;        // endEmitted
const DESTROYED = 4096;          // destroyed
const CLOSED = 8192;             // closed
const CLOSE_EMITTED = 16384;     // closeEmitted
const CLEAR_ON_END = 32768;      // the server's clearIncoming listens to 'end' (added when made)

const readableRead = Readable.prototype.read;
const readableOn = Readable.prototype.on;
const readableResume = Readable.prototype.resume;
const eventsEmit = EventEmitter.prototype.emit;
const destroy = destroyImpl.destroy;

let incomingRead;     // IncomingMessage.prototype's _read and _destroy (install)
let incomingDestroy;
let clearIncoming;    // the server's 'end' listener (install)
let readStart;

function hasListeners(msg, name) {
  const events = msg._events;
  return events !== undefined && events[name] !== undefined;
}

// The steps below run no user code only while the methods they stand for are the stock ones.
function stockMethods(msg) {
  return msg.emit === eventsEmit && msg.read === readableRead && msg._read === incomingRead &&
    msg.destroy === destroy && msg._destroy === incomingDestroy;
}

// True while msg has no real state yet and the step about to emit `name` can stay a lazy one.
function staysLazy(msg, name) {
  return msg[kLazy] !== 0 && stockMethods(msg) && !hasListeners(msg, name);
}

function materialise(msg) {
  const bits = msg[kLazy];
  msg[kLazy] = 0;
  const state = new ReadableState(undefined, msg, false);
  if (!(bits & READ_STARTED)) state.readingMore = true;
  if (bits & ENDED) state.ended = true;
  if (bits & READING) state.reading = true;
  if (bits & NEED_READABLE) state.needReadable = true;
  if (bits & EMITTED_READABLE) state.emittedReadable = true;
  if (bits & SYNC_DONE) state.sync = false;
  if (bits & FLOWING) state.flowing = true;
  if (bits & RESUMED) state[kPaused] = false;
  if (bits & RESUME_SCHEDULED) state.resumeScheduled = true;
  if (bits & END_PENDING) state[kEndPending] = true;
  if (bits & END_EMITTED) state.endEmitted = true;
  if (bits & DESTROYED) state.destroyed = true;
  if (bits & CLOSED) state.closed = true;
  if (bits & CLOSE_EMITTED) state.closeEmitted = true;
  Object.defineProperty(msg, '_readableState', { value: state, writable: true, enumerable: true, configurable: true });
  if (bits & CLEAR_ON_END) readableOn.call(msg, 'end', clearIncoming);
  return state;
}

// parserOnMessageComplete's push(null): addChunk(null) and onEofChunk of an empty stream
function pushEnd(msg) {
  if (msg[kLazy] === 0 || msg.push !== Readable.prototype.push) {
    msg.push(null);
    return;
  }
  let bits = msg[kLazy] & ~READING;
  if (bits & ENDED) {
    msg[kLazy] = bits;
    return;
  }
  bits = (bits | ENDED) & ~NEED_READABLE;
  if (!(bits & SYNC_DONE)) {
    if (!(bits & EMITTED_READABLE)) {
      msg[kLazy] = bits | EMITTED_READABLE;
      process.nextTick(lazyEmitReadableNT, msg);
    } else {
      msg[kLazy] = bits;
    }
  } else {
    msg[kLazy] = bits | EMITTED_READABLE;
    lazyEmitReadableNT(msg);
  }
}

function lazyEmitReadableNT(msg) {
  if (!staysLazy(msg, 'readable')) {
    emitReadableNT(msg);
    return;
  }
  let bits = msg[kLazy];
  if (!(bits & DESTROYED) && (bits & ENDED)) bits &= ~EMITTED_READABLE;   // 'readable' to no one
  if (!(bits & FLOWING) && !(bits & ENDED)) bits |= NEED_READABLE;
  else bits &= ~NEED_READABLE;
  msg[kLazy] = bits;
  if (bits & FLOWING) lazyRead(msg, undefined);   // flow(): an empty stream's read() is null
}

// read(n) of an empty stream, n undefined or 0 (stockMethods holds); false when the message was
// made real meanwhile (by the socket's resume, which _read calls)
function lazyRead(msg, n) {
  let bits = msg[kLazy];
  if (bits & ENDED) {
    if (n === undefined) bits &= ~EMITTED_READABLE;
    msg[kLazy] = bits;
    lazyEndReadable(msg);
    return true;
  }
  if (n !== 0) bits &= ~EMITTED_READABLE;
  if (!(bits & (READING | DESTROYED))) {
    // _read (IncomingMessage's), with sync set around it
    msg[kLazy] = (bits | READING | NEED_READABLE) & ~SYNC_DONE;
    if (!msg._consuming) {
      msg[kLazy] |= READ_STARTED;
      msg._consuming = true;
    }
    if (msg.socket?.readable) readStart(msg.socket);
    if (msg[kLazy] === 0) {   // (the rest of read() on the real state)
      const state = msg._readableState;
      state.sync = false;
      state.needReadable = true;
      return false;
    }
    bits = msg[kLazy] | SYNC_DONE;
  }
  msg[kLazy] = bits | NEED_READABLE;
  return true;
}

function lazyEndReadable(msg) {
  const bits = msg[kLazy];
  if (!(bits & END_EMITTED)) {
    if (bits & END_PENDING) {
      msg[kLazy] = bits | ENDED;
    } else {
      msg[kLazy] = bits | ENDED | END_PENDING;
      process.nextTick(lazyEndReadableNT, msg);
    }
  }
}

// the server's _dump at the response's finish: resume()
function resume(msg) {
  let bits = msg[kLazy];
  if (!(bits & FLOWING)) {
    bits |= FLOWING;
    if (!(bits & RESUME_SCHEDULED)) {
      bits |= RESUME_SCHEDULED;
      process.nextTick(lazyResumeNT, msg);
    }
  }
  msg[kLazy] = bits | RESUMED;
}

function lazyResumeNT(msg) {
  if (!staysLazy(msg, 'resume')) {
    resumeNT(msg, msg._readableState);
    return;
  }
  if (!(msg[kLazy] & READING) && !lazyRead(msg, 0)) {
    // (the rest of resumeNT on the real state)
    const state = msg._readableState;
    state.resumeScheduled = false;
    msg.emit('resume');
    flow(msg);
    if (state.flowing && !state.reading) msg.read(0);
    return;
  }
  msg[kLazy] &= ~RESUME_SCHEDULED;   // 'resume' to no one
  if ((msg[kLazy] & FLOWING) && !lazyRead(msg, undefined)) {
    const state = msg._readableState;
    if (state.flowing && !state.reading) msg.read(0);
    return;
  }
  const bits = msg[kLazy];
  if ((bits & FLOWING) && !(bits & READING)) lazyRead(msg, 0);
}

function lazyEndReadableNT(msg) {
  if (!staysLazy(msg, 'end') || msg.writable || !msg.complete || msg.aborted) {
    endReadableNT(msg._readableState, msg);
    return;
  }
  let bits = msg[kLazy] & ~END_PENDING;
  if (bits & (CLOSE_EMITTED | END_EMITTED)) {
    msg[kLazy] = bits;
    return;
  }
  msg[kLazy] = bits | END_EMITTED;    // 'end' to no one but clearIncoming (which stays a listener)
  if (bits & CLEAR_ON_END) clearIncoming(msg);
  // autoDestroy: destroy(), whose _destroy (the body ended, nothing aborted) calls back a tick later
  if (msg[kLazy] & DESTROYED) return;
  msg[kLazy] |= DESTROYED;
  process.nextTick(lazyDestroyedNT, msg);
}

// _destroy's callback: onDestroy, which closes and emits 'close' a tick later
function lazyDestroyedNT(msg) {
  if (msg[kLazy] === 0) {
    msg._readableState.closed = true;
    process.nextTick(emitCloseNT, msg);
    return;
  }
  msg[kLazy] |= CLOSED;
  process.nextTick(lazyEmitCloseNT, msg);
}

function lazyEmitCloseNT(msg) {
  if (msg[kLazy] === 0 || msg.emit !== eventsEmit || hasListeners(msg, 'close')) {
    emitCloseNT(msg);
    return;
  }
  msg[kLazy] |= CLOSE_EMITTED;   // 'close' to no one
}

// IncomingMessage's _dump: resume() after dropping 'data' listeners (there are none)
function dump(msg) {
  if (msg[kLazy] !== 0 && msg.removeAllListeners === incomingMethods.removeAllListeners &&
      msg.resume === readableResume && !hasListeners(msg, 'data')) {
    resume(msg);
  } else {
    msg.removeAllListeners('data');
    msg.resume();
  }
}

function resumeScheduled(msg) {
  return msg[kLazy] !== 0 ? (msg[kLazy] & RESUME_SCHEDULED) !== 0 : msg._readableState.resumeScheduled;
}

function readableEnded(msg) {
  return msg[kLazy] !== 0 ? (msg[kLazy] & END_EMITTED) !== 0 : msg.readableEnded;
}

// clearIncoming's req.on('end', clearIncoming), kept as a bit while nothing else listens
function clearOnEnd(msg) {
  if (msg[kLazy] !== 0 && msg.on === incomingMethods.on && !hasListeners(msg, 'newListener')) {
    msg[kLazy] |= CLEAR_ON_END;
  }
  else msg.on('end', clearIncoming);
}

const incomingMethods = {};   // the methods install() gives IncomingMessage.prototype

// Give IncomingMessage its lazy state: `construct(msg)` starts one; the methods that show the
// listeners make the state first (its clearIncoming listener is one of them).
function install(IncomingMessage, hooks) {
  const proto = IncomingMessage.prototype;
  incomingRead = proto._read;
  incomingDestroy = proto._destroy;
  readStart = hooks.readStart;
  proto[kLazy] = 0;
  Object.defineProperty(proto, '_readableState', {
    configurable: true,
    enumerable: false,
    get() { return this[kLazy] !== 0 ? materialise(this) : undefined; },
    set(value) {
      Object.defineProperty(this, '_readableState', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  incomingMethods.on = function on(ev, fn) {
    if (this[kLazy] !== 0) materialise(this);
    return readableOn.call(this, ev, fn);
  };
  incomingMethods.addListener = incomingMethods.on;
  for (const name of ['listenerCount', 'listeners', 'rawListeners', 'eventNames', 'removeAllListeners']) {
    const inherited = Readable.prototype[name];
    incomingMethods[name] = {
      [name]() {
        if (this[kLazy] & CLEAR_ON_END) materialise(this);
        return inherited.apply(this, arguments);
      },
    }[name];
  }
  Object.assign(proto, incomingMethods);
}

function construct(msg) {
  msg[kLazy] = LAZY;
}

function setClearIncoming(fn) {
  clearIncoming = fn;
}

module.exports = {
  install, construct, pushEnd, dump, resumeScheduled, readableEnded, clearOnEnd, setClearIncoming,
};
