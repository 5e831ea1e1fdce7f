'use strict';
// node:events: EventEmitter with node's semantics (listener order, 'newListener' / 'removeListener',
// once wrappers, the 'error' event, the max-listeners leak warning, captureRejections), and the
// static helpers once() and on(). A function, not a class, so `EventEmitter.call(this)` works as
// in code written for util.inherits.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR }, AbortError } =
  require('internal/errors');
const {
  validateFunction, validateNumber, validateAbortSignal, validateInteger,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kRejection = Symbol.for('nodejs.rejection');
const errorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
let defaultMaxListeners = 10;
const maxListenersBox = [defaultMaxListeners];   // (read by the C addListener)

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// Called by the constructor (and by subclasses written for util.inherits).
function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}
EventEmitter.prototype[kCapture] = false;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  // the common case first, with the fewest branches (a server emits a dozen events per request)
  if (events !== undefined && type !== 'error') {
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = handler.apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
      return true;
    }
    return callListeners(this, handler, type, args);
  }
  return emitFrom(this, events, type, args);
};

// The rest of an emit, once `_events` was read: the 'error' event, an emitter without events.
function emitFrom(target, events, type, args) {
  let doError = (type === 'error');
  if (events !== undefined) {
    if (doError && events[errorMonitor] !== undefined) target.emit(errorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) throw er; // Unhandled 'error' event
    let stringifiedEr;
    try {
      stringifiedEr = require('internal/util/inspect').inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(target, args);
    if (result !== undefined && result !== null) addCatch(target, result, type, args);
    return true;
  }
  return callListeners(target, handler, type, args);
}

// An event with several listeners (`handler` their array): each in turn, those added meanwhile not.
function callListeners(target, handler, type, args) {
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; ++i) {
    const result = listeners[i].apply(target, args);
    if (result !== undefined && result !== null) addCatch(target, result, type, args);
  }
  return true;
}

// Once a program uses sockets, emit is a C function (internal/events/fast_emit.js) that calls an
// event's one listener itself and hands the rest to these, the emitter as `this`.

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function _addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  return addListenerTo(target, target._events, type, listener, prepend);
}

// The rest of an addListener once `_events` was read (the C addListener hands its other cases to
// these pieces, with what it read: see internal/events/fast_emit.js).
function addListenerTo(target, events, type, listener, prepend) {
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
    return addToEvents(target, events, undefined, type, listener, prepend);
  }
  if (events.newListener !== undefined) return notifyAndAdd(target, type, listener, prepend);
  return addToEvents(target, events, events[type], type, listener, prepend);
}

function notifyAndAdd(target, type, listener, prepend) {
  target.emit('newListener', type, listener.listener ?? listener);
  const events = target._events;
  return addToEvents(target, events, events[type], type, listener, prepend);
}

function addToEvents(target, events, existing, type, listener, prepend) {
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    warnIfTooMany(target, existing, type, _getMaxListeners(target));
  }
  return target;
}

function warnIfTooMany(target, existing, type, m) {
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const name = target.constructor?.name || 'EventEmitter';
    const w = new Error('Possible EventEmitter memory leak detected. ' +
      `${existing.length} ${String(type)} listeners ` +
      `added to ${name === 'process' ? '[process]' : `[${name}]`}. ` +
      'MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  return removeFrom(this, this._events, type, listener);
};

// The rest of a removeListener once `_events` (then the event's listeners, `list`) was read.
function removeFrom(target, events, type, listener) {
  if (events === undefined) return target;
  const list = events[type];
  if (list === undefined) return target;
  return removeFound(target, events, list, type, listener);
}

function removeFound(target, events, list, type, listener) {
  if (list === listener || list.listener === listener) {
    target._eventsCount -= 1;
    if (target[kShapeMode]) {
      events[type] = undefined;
    } else if (target._eventsCount === 0) {
      target._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) target.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return target;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) target.emit('removeListener', type, listener);
  }
  return target;
}
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
const kShapeMode = Symbol('shapeMode');

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  return unwrap ? evlistener.map((l) => l.listener || l) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (const l of evlistener) if (l === listener || l.listener === listener) matching++;
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;


EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, getListeners } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) return getListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = maxListenersBox[0] = n;
    return;
  }
  const { isEventTarget } = require('internal/event_target');
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// once() and on() accept EventEmitters and EventTargets alike.
function addListenerAgnostic(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };
    addListenerAgnostic(emitter, name, resolver, true);
    // EventTargets have no 'error' event semantics: only emitters are watched for errors.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      removeListenerAgnostic(emitter, 'error', errorListener);
      reject(abortErrorFor(signal));
    }
    if (signal != null) addListenerAgnostic(signal, 'abort', abortListener, true);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// An async iterator over the events `event` of `emitter`: events that arrive while nobody waits
// are queued (pausing the emitter above highWaterMark, resuming below lowWaterMark); an 'error'
// event or an abort rejects the next read; a `close` event ends the iteration.
function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  const installed = [];
  let paused = false;
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const rejected = Promise.reject(error);
        error = null; // only the first read fails
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
  }, AsyncIteratorPrototype);

  listen(event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  for (const closeEvent of options.close ?? []) listen(closeEvent, closeHandler);
  const abortListener = () => errorHandler(abortErrorFor(signal));
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function listen(name, listener) {
    addListenerAgnostic(emitter, name, listener, false);
    installed.push([name, listener]);
  }

  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve({ value, done: false });
      return;
    }
    unconsumedEvents.push(value);
    if (!paused && unconsumedEvents.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    abortDisposable?.[kDispose]();
    for (const [name, listener] of installed.splice(0)) removeListenerAgnostic(emitter, name, listener);
    finished = true;
    const done = { value: undefined, done: true };
    for (const pending of unconsumedPromises.splice(0)) pending.resolve(done);
    return Promise.resolve(done);
  }
}

const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

// Runs `listener` once when `signal` aborts (on a microtask if it already has); the returned
// object's [Symbol.dispose]() removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeAbortListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removeAbortListener = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [kDispose]() { removeAbortListener?.(); } };
}

function listenerCountStatic(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}

// An EventEmitter whose listeners run in the async context it was created in (needs async_hooks,
// so it is built on first use).
function makeEventEmitterAsyncResource() {
  const { AsyncResource } = require('async_hooks');
  const kResource = Symbol('kResource');
  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = options?.name ?? new.target.name;
      }
      super(options);
      const resource = new AsyncResource(name, options);
      resource.eventEmitter = this;
      Object.defineProperty(this, kResource, { value: resource });
    }

    emit(event, ...args) {
      return this[kResource].runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this[kResource].emitDestroy();
    }

    get asyncId() { return this[kResource].asyncId(); }
    get triggerAsyncId() { return this[kResource].triggerAsyncId(); }
    get asyncResource() { return this[kResource]; }
  };
}

// The statics, in node's order (it shows in Object.keys(require('events'))).
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    EventEmitter.prototype[kCapture] = value;
  },
});
let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get() {
    EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
    return EventEmitterAsyncResource;
  },
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = errorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = maxListenersBox[0] = n;
  },
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = listenerCountStatic;

// Once a program uses sockets, emit, addListener, removeListener and listenerCount are C functions
// (internal/events/fast_emit.js) that do the common cases themselves and hand the rest to these
// pieces, with what they read (the emitter as `this`).
require('internal/events/fast_emit').register(EventEmitter.prototype, {
  emit: [
    EventEmitter.prototype.emit,
    function emitFromEvents(events, type, ...args) { return emitFrom(this, events, type, args); },
    function emitList(handler, type, ...args) { return callListeners(this, handler, type, args); },
    function emitResult(result, type, ...args) { addCatch(this, result, type, args); },
  ],
  addListener: [
    EventEmitter.prototype.addListener,
    function addFromEvents(events, type, listener) { return addListenerTo(this, events, type, listener, false); },
    function addNotifying(type, listener) { return notifyAndAdd(this, type, listener, false); },
    function addToList(events, existing, type, listener) {
      return addToEvents(this, events, existing, type, listener, false);
    },
    function warnIfMany(listeners, type, max) { warnIfTooMany(this, listeners, type, max); },
    maxListenersBox,
    function countAdded() { ++this._eventsCount; return this; },
  ],
  removeListener: [
    EventEmitter.prototype.removeListener,
    function removeFromEvents(events, type, listener) { return removeFrom(this, events, type, listener); },
    function removeFoundList(events, list, type, listener) { return removeFound(this, events, list, type, listener); },
    function notifyRemoved(type, list, listener) { this.emit('removeListener', type, list.listener || listener); },
  ],
  kShapeMode,
  listenerCount,
});
