'use strict';
// AbortController and AbortSignal: an AbortSignal is an EventTarget that fires one trusted 'abort'
// event. AbortSignal.any() makes a signal that follows others: each source keeps a list of its
// dependants and aborts them with itself (see abortSignal for the order).

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const {
  EventTarget, Event, defineEventHandler, inspectWith, kTrustEvent, makeEnumerable,
} = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependants = Symbol('kDependants');
const kSources = Symbol('kSources');
const kCreate = Symbol('kCreate');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function hiddenValue(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

function validateThisSignal(self) {
  if (!(self instanceof AbortSignal) || !(kAborted in self)) throw new ERR_INVALID_THIS('AbortSignal');
}

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(key = undefined, aborted = false, reason = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    hiddenValue(this, kAborted, aborted);
    hiddenValue(this, kReason, reason);
    hiddenValue(this, kDependants, []);
  }

  get aborted() {
    validateThisSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateThisSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = abortError()) {
    return new AbortSignal(kCreate, true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    // An unref'd timer: a pending timeout signal does not keep the process alive.
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    const list = signalSequence(signals);
    list.forEach((signal, i) => {
      if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signal);
    });
    const already = list.find((signal) => signal[kAborted]);
    if (already !== undefined) return AbortSignal.abort(already[kReason]);
    const result = new AbortSignal(kCreate);
    // A signal made by any() follows the sources of the signals it is given, never those signals
    // themselves (the DOM standard's "dependent signal"), so one abort reaches every follower.
    const sources = new Set();
    for (const signal of list) {
      for (const source of signal[kSources] ?? [signal]) sources.add(source);
    }
    hiddenValue(result, kSources, [...sources]);
    for (const source of sources) source[kDependants].push(result);
    return result;
  }

  [customInspect](depth, options) {
    return inspectWith(this, depth, options, { aborted: this.aborted });
  }
}

makeEnumerable(AbortSignal.prototype, ['aborted']);
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

// The DOM standard's order, which node 24 follows: the followers are marked aborted before any
// 'abort' listener runs, then the source fires its event, then each follower fires its own.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const followers = signal[kDependants].filter((dependant) => !dependant[kAborted]);
  signal[kDependants] = [];
  for (const follower of followers) {
    follower[kAborted] = true;
    follower[kReason] = reason;
  }
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  for (const follower of followers) follower.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

// WebIDL's sequence<AbortSignal> conversion: any iterable object.
function signalSequence(signals) {
  const iterator = signals !== null && (typeof signals === 'object' || typeof signals === 'function')
    ? signals[Symbol.iterator] : undefined;
  if (typeof iterator !== 'function') {
    const error = new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    error.message = 'signals can not be converted to sequence.';
    throw error;
  }
  return [...signals];
}

class AbortController {
  #signal = undefined;

  get signal() {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= new AbortSignal(kCreate);
    return this.#signal;
  }

  abort(reason = abortError()) {
    abortSignal(this.signal, reason);
  }

  [customInspect](depth, options) {
    return inspectWith(this, depth, options, { signal: this.signal });
  }
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

// A signal that is already aborted, or aborts with `reason` later (for internal callers).
function createAbortSignal({ aborted = false, reason = undefined } = {}) {
  return new AbortSignal(kCreate, aborted, reason);
}

module.exports = { AbortController, AbortSignal, abortSignal, createAbortSignal, kAborted, kReason };
