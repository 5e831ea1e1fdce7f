'use strict';
// The DOM's Event and EventTarget as node has them (no tree, so no capture or bubble phases: an
// event is only ever AT_TARGET), CustomEvent, NodeEventTarget (the EventEmitter-flavoured surface
// MessagePort uses) and defineEventHandler for `onfoo` attributes.
//
// A target keeps, per type, a linked list of listener records. Dispatch follows the links the way
// node 20 does, and its observable quirks with it: a listener added during dispatch runs in the
// same dispatch, a removed one is skipped, the event reads as not being dispatched (eventPhase 0,
// currentTarget null) once the first listener has returned. As in node 24 (and the DOM),
// stopImmediatePropagation() stops passive listeners too, and preventDefault() is a no-op in one.
// Subclasses hear about listener changes through the kNewListener / kRemoveListener methods.

const {
  codes: { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject, validateString, validateAbortSignal } = require('internal/validators');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('events');

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kTrustEvent = Symbol('kTrustEvent');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function hiddenValue(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

// The shape node's inspect gives these objects: `Name { key: value, ... }`, or just the name when
// the depth is exhausted. Shared with AbortSignal and AbortController.
function inspectWith(self, depth, options, fields) {
  const name = self.constructor?.name ?? 'Object';
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// -- Event ----------------------------------------------------------------------------------------

const eventState = new WeakMap();

function stateOf(event) {
  const state = eventState.get(event);
  if (state === undefined) throw new ERR_INVALID_THIS('Event');
  return state;
}

let performanceNow;
function now() {
  performanceNow ??= (() => {
    try {
      const { performance } = globalThis;
      if (typeof performance?.now === 'function') return () => performance.now();
    } catch { /* no performance global yet */ }
    const start = Date.now();
    return () => Date.now() - start;
  })();
  return performanceNow();
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    eventState.set(this, {
      type: `${type}`,
      bubbles: Boolean(options?.bubbles),
      cancelable: Boolean(options?.cancelable),
      composed: Boolean(options?.composed),
      isTrusted: Boolean(options?.[kTrustEvent]),
      timeStamp: now(),
      defaultPrevented: false,
      stopImmediate: false,
      propagationStopped: false,
      target: null,
      dispatching: false,
      inPassiveListener: false,
    });
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const state = stateOf(this);
    if (state.dispatching) return;
    state.type = `${type}`;
    state.bubbles = Boolean(bubbles);
    state.cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    const state = stateOf(this);
    state.stopImmediate = true;
    state.propagationStopped = true;
  }

  preventDefault() {
    const state = stateOf(this);
    if (!state.inPassiveListener) state.defaultPrevented = true;
  }

  get target() { return stateOf(this).target; }
  get currentTarget() {
    const state = stateOf(this);
    return state.dispatching ? state.target : null;
  }
  get srcElement() { return stateOf(this).target; }
  get type() { return stateOf(this).type; }
  get cancelable() { return stateOf(this).cancelable; }
  get defaultPrevented() {
    const state = stateOf(this);
    return state.cancelable && state.defaultPrevented;
  }
  get timeStamp() { return stateOf(this).timeStamp; }

  composedPath() {
    const state = stateOf(this);
    return state.dispatching ? [state.target] : [];
  }

  get returnValue() { return !this.defaultPrevented; }
  get bubbles() { return stateOf(this).bubbles; }
  get composed() { return stateOf(this).composed; }
  get eventPhase() { return stateOf(this).dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return stateOf(this).propagationStopped; }
  set cancelBubble(value) {
    if (value) stateOf(this).propagationStopped = true;
  }

  stopPropagation() {
    stateOf(this).propagationStopped = true;
  }

  get isTrusted() { return stateOf(this).isTrusted; }

  [customInspect](depth, options) {
    const state = stateOf(this);
    return inspectWith(this, depth, options, {
      type: state.type,
      defaultPrevented: this.defaultPrevented,
      cancelable: state.cancelable,
      timeStamp: state.timeStamp,
    });
  }
}

// WebIDL members are enumerable, unlike class members.
function makeEnumerable(prototype, names) {
  for (const name of names) Object.defineProperty(prototype, name, { enumerable: true });
}

makeEnumerable(Event.prototype, Object.getOwnPropertyNames(Event.prototype).filter((n) => n !== 'constructor'));
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true, writable: false, configurable: false });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// -- EventTarget ----------------------------------------------------------------------------------

function isEventTarget(value) {
  return value !== null && typeof value === 'object' && value[kEvents] instanceof Map;
}

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up at dispatch time
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { once: false, capture: options, passive: false, signal: undefined };
  if (options == null) return { once: false, capture: false, passive: false, signal: undefined };
  validateObject(options, 'options', 1 | 2 | 4);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

function initEventTarget(target) {
  hiddenValue(target, kEvents, new Map());
  const { defaultMaxListeners } = require('events');
  hiddenValue(target, kMaxEventTargetListeners, defaultMaxListeners);
  hiddenValue(target, kMaxEventTargetListenersWarned, false);
  hiddenValue(target, kHandlers, new Map());
}

function warnIfTooMany(target, type, size) {
  const max = target[kMaxEventTargetListeners];
  if (max > 0 && size > max && !target[kMaxEventTargetListenersWarned]) {
    target[kMaxEventTargetListenersWarned] = true;
    const warning = new Error('Possible EventTarget memory leak detected. ' +
      `${size} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
      `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
    warning.name = 'MaxListenersExceededWarning';
    warning.target = target;
    warning.type = type;
    warning.count = size;
    process.emitWarning(warning);
  }
}

// The list of one type: a root whose `next` is the first record; records link both ways.
function listOf(target, type) {
  return target[kEvents].get(type);
}

function* records(root) {
  for (let record = root?.next; record !== undefined; record = record.next) yield record;
}

function removeRecord(target, type, record) {
  if (record.removed) return;
  const root = listOf(target, type);
  record.removed = true;
  record.previous.next = record.next;
  if (record.next !== undefined) record.next.previous = record.previous;
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
  record.signal?.removeEventListener('abort', record.onSignalAbort);
  if (typeof target[kRemoveListener] === 'function') {
    target[kRemoveListener](root.size, type, record.listener, record.capture);
  }
}

// Errors thrown by listeners do not stop the dispatch: they surface as uncaught exceptions
// on the next tick, as in node.
function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function invokeListener(target, record, event) {
  let result;
  if (typeof record.listener === 'function') {
    result = record.listener.call(target, event);
  } else {
    const { handleEvent } = record.listener;
    if (typeof handleEvent !== 'function') return;
    result = handleEvent.call(record.listener, event);
  }
  if (result !== undefined && result !== null && typeof result.then === 'function') {
    result.then(undefined, reportListenerError);
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const listenerIsValid = validateListener(listener);
    const { once, capture, passive, signal } = normalizeOptions(options);
    if (!listenerIsValid) {
      // The DOM ignores a null listener silently; node warns.
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) return;
    type = typeof type === 'symbol' ? type : `${type}`;

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { next: undefined, size: 0 };
      events.set(type, root);
    }
    let last = root;
    for (const existing of records(root)) {
      if (existing.listener === listener && existing.capture === capture) return;
      last = existing;
    }
    const record = {
      listener, once, capture, passive, signal, removed: false, onSignalAbort: undefined, previous: last, next: undefined,
    };
    last.next = record;
    root.size++;
    if (signal !== undefined) {
      record.onSignalAbort = () => removeRecord(this, type, record);
      signal.addEventListener('abort', record.onSignalAbort, { once: true });
    }
    warnIfTooMany(this, type, root.size);
    if (typeof this[kNewListener] === 'function') {
      this[kNewListener](root.size, type, listener, once, capture, passive);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    for (const record of records(listOf(this, type))) {
      if (record.listener === listener && record.capture === capture) {
        removeRecord(this, type, record);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const state = stateOf(event);
    if (state.dispatching) {
      throw new ERR_EVENT_RECURSION(state.type);
    }
    state.dispatching = true;
    state.target = this;
    const root = listOf(this, state.type);
    let record = root?.next;
    while (record !== undefined && !state.stopImmediate) {
      const { next } = record; // read first: the listener may remove this record
      if (!record.removed) {
        if (record.once) removeRecord(this, state.type, record);
        state.inPassiveListener = record.passive;
        try {
          invokeListener(this, record, event);
          state.dispatching = false; // (not when the listener threw, as in node)
        } catch (err) {
          reportListenerError(err);
        }
        state.inPassiveListener = false;
      }
      record = next;
    }
    state.dispatching = false;
    return !event.defaultPrevented;
  }

  [customInspect](depth, options) {
    return inspectWith(this, depth, options, {});
  }
}

Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);

// The listeners of one type, in dispatch order (events.getEventListeners).
function getListeners(target, type) {
  return Array.from(records(target[kEvents]?.get(type)), (record) => record.listener);
}

// -- NodeEventTarget: EventEmitter-style methods over an EventTarget ------------------------------

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    return this[kEvents].get(type)?.size ?? 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    return this.off(type, listener, options);
  }

  on(type, listener) {
    this.addEventListener(type, listener);
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  emit(type, arg) {
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this.dispatchEvent(arg instanceof Event ? arg : new Event(type));
    return hadListeners;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true });
    return this;
  }

  removeAllListeners(type) {
    if (type === undefined) this[kEvents].clear();
    else this[kEvents].delete(type);
    return this;
  }
}

// -- `onfoo` event handler attributes -------------------------------------------------------------

// Defines `on<type>` on a prototype: setting it installs one listener that calls the current
// handler, registered where it was first set, as the DOM does.
function defineEventHandler(prototype, type, name = type) {
  Object.defineProperty(prototype, `on${name}`, {
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set(value) {
      let wrapped = this[kHandlers].get(type);
      const callable = typeof value === 'function' || (typeof value === 'object' && value !== null);
      if (wrapped !== undefined) {
        if (callable) {
          wrapped.handler = value;
          return;
        }
        this.removeEventListener(type, wrapped);
        this[kHandlers].delete(type);
        return;
      }
      if (!callable) return;
      wrapped = function(event) {
        const { handler } = wrapped;
        if (typeof handler === 'function') return handler.call(this, event);
        return undefined;
      };
      wrapped.handler = value;
      this[kHandlers].set(type, wrapped);
      this.addEventListener(type, wrapped);
    },
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getListeners,
  initEventTarget,
  inspectWith,
  isEventTarget,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  makeEnumerable,
};
