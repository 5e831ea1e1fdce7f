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
const { isStockEmit } = require('internal/events/fast_emit');

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
const readablePush = Readable.prototype.push;
const readableOn = Readable.prototype.on;
const readableResume = Readable.prototype.resume;
const destroy = destroyImpl.destroy;

let incomingRead;     // IncomingMessage.prototype's _read and _destroy (install)
let incomingDestroy;
let clearIncoming;    // the server's 'end' listener (setClearIncoming)
let readStart;

// The steps below emit to no one, so they may skip the emit only while it is node:events' own:
// its JS function, or the C one it becomes once a program uses sockets (isStockEmit knows both).
let lastEmit = EventEmitter.prototype.emit;
let lastEmitIsStock = isStockEmit(lastEmit);

function stockEmit(emit) {
  if (emit !== lastEmit) {
    lastEmit = emit;
    lastEmitIsStock = isStockEmit(emit);
  }
  return lastEmitIsStock;
}

// A step about to emit an event may stay lazy while nothing listens to it and emit is the stock
// one (each step asks inline: `quiet`).

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
  let bits = msg[kLazy];
  if (bits === 0 || msg.push !== readablePush) {
    msg.push(null);
    return;
  }
  bits &= ~READING;
  if (!(bits & ENDED)) {
    bits = (bits | ENDED) & ~NEED_READABLE;
    if (bits & SYNC_DONE) {          // not inside a read: 'readable' now
      msg[kLazy] = bits | EMITTED_READABLE;
      lazyEmitReadableNT(msg);
      return;
    }
    if (!(bits & EMITTED_READABLE)) {
      bits |= EMITTED_READABLE;
      process.nextTick(lazyEmitReadableNT, msg);
    }
  }
  msg[kLazy] = bits;
}

function lazyEmitReadableNT(msg) {
  let bits = msg[kLazy];
  if (bits === 0 || (msg._events !== undefined && msg._events.readable !== undefined) ||
      !(msg.emit === lastEmit ? lastEmitIsStock : stockEmit(msg.emit))) {
    emitReadableNT(msg);
    return;
  }
  if (bits & ENDED) {
    if (!(bits & DESTROYED)) bits &= ~EMITTED_READABLE;   // 'readable' to no one
    bits &= ~NEED_READABLE;
    if ((bits & FLOWING) && msg.read === readableRead) {
      // flow(): read() of an ended empty stream, endReadable()
      if (!(bits & (END_EMITTED | END_PENDING))) {
        bits |= END_PENDING;
        process.nextTick(lazyEndReadableNT, msg);
      }
      msg[kLazy] = bits;
      return;
    }
  } else if (bits & FLOWING) {
    bits &= ~NEED_READABLE;
  } else {
    bits |= NEED_READABLE;
  }
  msg[kLazy] = bits;
  if (bits & FLOWING) flowOnce(msg, bits);   // flow(): an empty stream's read() is null
}

// flow(), whose one read() of an empty stream gives null
function flowOnce(msg, bits) {
  if (msg.read !== readableRead) flow(msg);
  else lazyRead(msg, bits, undefined);
}

// read(n) of an empty stream with the stock read, n undefined or 0, given the message's bits;
// false when the message was made real meanwhile (by _read: not IncomingMessage's, or the socket's
// resume looked at it)
function lazyRead(msg, bits, n) {
  if (bits & ENDED) {
    if (n === undefined) bits &= ~EMITTED_READABLE;
    if (bits & END_EMITTED) {
      msg[kLazy] = bits;
    } else if (bits & END_PENDING) {
      msg[kLazy] = bits;
    } else {
      msg[kLazy] = bits | END_PENDING;   // endReadable()
      process.nextTick(lazyEndReadableNT, msg);
    }
    return true;
  }
  if (n !== 0) bits &= ~EMITTED_READABLE;
  if (!(bits & (READING | DESTROYED))) {
    // _read with sync set around it
    msg[kLazy] = (bits | READING | NEED_READABLE) & ~SYNC_DONE;
    if (msg._read !== incomingRead) {
      const state = materialise(msg);
      try {
        msg._read(state.highWaterMark);
      } catch (err) {
        destroyImpl.errorOrDestroy(msg, err);
      }
    } else {
      if (!msg._consuming) {
        msg[kLazy] |= READ_STARTED;
        msg._consuming = true;
      }
      if (msg.socket?.readable) readStart(msg.socket);
    }
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

function lazyResumeNT(msg) {
  let bits = msg[kLazy];
  if (bits === 0 || msg.read !== readableRead || (msg._events !== undefined && msg._events.resume !== undefined) ||
      !(msg.emit === lastEmit ? lastEmitIsStock : stockEmit(msg.emit))) {
    resumeNT(msg, msg._readableState);
    return;
  }
  if (bits & ENDED) {
    // read(0) of an ended empty stream, endReadable(); 'resume' to no one; flow(): read() again
    if (!(bits & (END_EMITTED | END_PENDING))) {
      bits |= END_PENDING;
      process.nextTick(lazyEndReadableNT, msg);
    }
    bits &= ~RESUME_SCHEDULED;
    if (bits & FLOWING) bits &= ~EMITTED_READABLE;
    msg[kLazy] = bits;
    return;
  }
  if (!(bits & READING)) {
    if (!lazyRead(msg, bits, 0)) {
      // (the rest of resumeNT on the real state)
      const state = msg._readableState;
      state.resumeScheduled = false;
      msg.emit('resume');
      flow(msg);
      if (state.flowing && !state.reading) msg.read(0);
      return;
    }
    bits = msg[kLazy];
  }
  bits &= ~RESUME_SCHEDULED;   // 'resume' to no one
  msg[kLazy] = bits;
  if (bits & FLOWING) {
    if (!lazyRead(msg, bits, undefined)) {
      const state = msg._readableState;
      if (state.flowing && !state.reading) msg.read(0);
      return;
    }
    bits = msg[kLazy];
    if (!(bits & READING)) lazyRead(msg, bits, 0);
  }
}

function lazyEndReadableNT(msg) {
  let bits = msg[kLazy];
  if (bits === 0 || (msg._events !== undefined && msg._events.end !== undefined) ||
      !(msg.emit === lastEmit ? lastEmitIsStock : stockEmit(msg.emit)) || msg.destroy !== destroy || msg._destroy !== incomingDestroy ||
      !msg.complete || msg.aborted || msg.writable) {
    endReadableNT(msg._readableState, msg);
    return;
  }
  bits &= ~END_PENDING;
  if (bits & (CLOSE_EMITTED | END_EMITTED)) {
    msg[kLazy] = bits;
    return;
  }
  // 'end' to no one but clearIncoming (which stays a listener): for an ended request, the parser
  // lets go of it
  if (bits & CLEAR_ON_END) {
    const parser = msg.socket?.parser;
    if (parser && parser.incoming === msg) parser.incoming = null;
  }
  // autoDestroy: destroy(), whose _destroy (the body ended, nothing aborted) calls back a tick later
  if (!(bits & DESTROYED)) {
    bits |= DESTROYED;
    process.nextTick(lazyDestroyedNT, msg);
  }
  msg[kLazy] = bits | END_EMITTED;
}

// _destroy's callback: onDestroy, which closes and emits 'close' a tick later
function lazyDestroyedNT(msg) {
  const bits = msg[kLazy];
  if (bits === 0) {
    msg._readableState.closed = true;
    process.nextTick(emitCloseNT, msg);
    return;
  }
  msg[kLazy] = bits | CLOSED;
  process.nextTick(lazyEmitCloseNT, msg);
}

function lazyEmitCloseNT(msg) {
  const bits = msg[kLazy];
  if (bits === 0 || (msg._events !== undefined && msg._events.close !== undefined) ||
      !(msg.emit === lastEmit ? lastEmitIsStock : stockEmit(msg.emit))) {
    emitCloseNT(msg);
    return;
  }
  msg[kLazy] = bits | CLOSE_EMITTED;   // 'close' to no one
}

// IncomingMessage's _dump: removeAllListeners('data') (there are none), resume()
function dump(msg) {
  let bits = msg[kLazy];
  if (bits !== 0 && msg.removeAllListeners === incomingMethods.removeAllListeners &&
      msg.resume === readableResume && (msg._events === undefined || msg._events.data === undefined)) {
    // resume()
    if (!(bits & FLOWING)) {
      bits |= FLOWING;
      if (!(bits & RESUME_SCHEDULED)) {
        bits |= RESUME_SCHEDULED;
        process.nextTick(lazyResumeNT, msg);
      }
    }
    msg[kLazy] = bits | RESUMED;
  } else {
    msg.removeAllListeners('data');
    msg.resume();
  }
}

function resumeScheduled(msg) {
  const bits = msg[kLazy];
  return bits !== 0 ? (bits & RESUME_SCHEDULED) !== 0 : msg._readableState.resumeScheduled;
}

// clearIncoming's work for a request its parser still holds: an ended one is let go of, another
// once it ends (req.on('end', clearIncoming), kept as a bit while nothing else listens)
function clearWhenEnded(msg, parser) {
  const bits = msg[kLazy];
  if (bits === 0) {
    if (msg.readableEnded) parser.incoming = null;
    else msg.on('end', clearIncoming);
  } else if (bits & END_EMITTED) {
    parser.incoming = null;
  } else if (msg.on === incomingMethods.on && (msg._events === undefined || msg._events.newListener === undefined)) {
    msg[kLazy] = bits | CLEAR_ON_END;
  } else {
    msg.on('end', clearIncoming);
  }
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
  kLazy, LAZY, install, construct, pushEnd, dump, resumeScheduled, clearWhenEnded, setClearIncoming,
};
