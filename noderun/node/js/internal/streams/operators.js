'use strict';
// The experimental iterator helpers of Readable (node 20): map/filter/flatMap/drop/take return new
// Readables; forEach/toArray/some/every/find/reduce return promises. map runs up to `concurrency`
// calls of fn at once and yields their results in input order.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_RETURN_VALUE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(options) {
  if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
}

// Arguments are checked when map() is called; the work runs in the generator it returns.
function map(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  return mapGenerator(this, fn, options, concurrency, highWaterMark + concurrency);
}

async function* mapGenerator(stream, fn, options, concurrency, highWaterMark) {
  const signal = options?.signal;
  const signalOpt = { signal };
  // Results in input order, as promises; the consumer awaits the head.
  const queue = [];
  let wakeConsumer = null;
  let wakeProducer = null;
  let done = false;
  let pending = 0;

  function afterItemProcessed() {
    pending -= 1;
    maybeResume();
  }
  function onCatch() {
    done = true;
    afterItemProcessed();
  }
  function maybeResume() {
    if (wakeProducer && !done && pending < concurrency && queue.length < highWaterMark) {
      wakeProducer();
      wakeProducer = null;
    }
  }

  async function pump() {
    try {
      for await (let val of stream) {
        if (done) return;
        if (signal?.aborted) throw new AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) continue;
          val = Promise.resolve(val);
        } catch (err) {
          val = Promise.reject(err);
        }
        pending += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        if (wakeConsumer) {
          wakeConsumer();
          wakeConsumer = null;
        }
        if (!done && (queue.length >= highWaterMark || pending >= concurrency)) {
          await new Promise((resolve) => { wakeProducer = resolve; });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const val = Promise.reject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      if (wakeConsumer) {
        wakeConsumer();
        wakeConsumer = null;
      }
    }
  }

  pump();
  try {
    while (true) {
      while (queue.length > 0) {
        const val = await queue[0];
        if (val === kEof) return;
        if (signal?.aborted) throw new AbortError();
        if (val !== kEmpty) yield val;
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    done = true;
    if (wakeProducer) {
      wakeProducer();
      wakeProducer = null;
    }
  }
}

function filter(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  async function filterFn(value, opts) {
    return (await fn(value, opts)) ? value : kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function* flatMap(fn, options) {
  const values = map.call(this, fn, options);
  for await (const val of values) yield* val;
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number === Infinity ? Infinity : Math.trunc(number);
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* dropped() {
    throwIfAborted(options);
    for await (const val of this) {
      throwIfAborted(options);
      if (number-- <= 0) yield val;
    }
  }).call(this);
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return (async function* taken() {
    throwIfAborted(options);
    for await (const val of this) {
      throwIfAborted(options);
      if (number-- > 0) yield val;
      // Stop pulling once enough were taken (the loop's return destroys the source).
      if (number <= 0) return;
    }
  }).call(this);
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', 'Function', reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  throwIfAborted(options);
  let gotAnyItemFromStream = false;
  for await (const value of this) {
    gotAnyItemFromStream = true;
    throwIfAborted(options);
    if (!hasInitialValue) {
      initialValue = value;
      hasInitialValue = true;
    } else {
      initialValue = await reducer(initialValue, value, { signal: options?.signal });
    }
  }
  if (!gotAnyItemFromStream && !hasInitialValue) {
    const err = new ERR_MISSING_ARGS('reduce');
    err.message = 'Reduce of an empty stream requires an initial value';
    throw err;
  }
  return initialValue;
}

// asIndexedPairs was removed in node 22
const streamReturning = { drop, filter, flatMap, map, take };
const promiseReturning = { every, forEach, reduce, toArray, some, find };

function nameFunction(name, fn) {
  return Object.defineProperty(fn, 'name', { value: name });
}

function install(Readable) {
  for (const [name, op] of Object.entries(streamReturning)) {
    Object.defineProperty(Readable.prototype, name, {
      enumerable: false, configurable: true, writable: true,
      value: nameFunction(name, function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Readable.from(op.apply(this, args));
      }),
    });
  }
  for (const [name, op] of Object.entries(promiseReturning)) {
    Object.defineProperty(Readable.prototype, name, {
      enumerable: false, configurable: true, writable: true,
      value: nameFunction(name, function(...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return op.apply(this, args);
      }),
    });
  }
}

// readable.compose(stream): this readable's data through `stream`, a Duplex / Transform it is piped
// into, or a function called with this readable that returns an (async) iterable, such as an async
// generator function, or a Duplex (as node:test's spec reporter does).
function compose(stream, options) {
  validateOptions(options);
  const { pipeline } = require('internal/streams/pipeline');
  const noop = () => {};
  const isDuplex = (value) => value !== null && typeof value === 'object' &&
    typeof value.pipe === 'function' && typeof value.write === 'function' && typeof value.on === 'function';
  if (typeof stream === 'function') {
    const value = stream(this, { signal: options?.signal });
    if (isDuplex(value)) return pipeline(this, value, noop);
    if (value !== null && value !== undefined &&
        (typeof value[Symbol.asyncIterator] === 'function' || typeof value[Symbol.iterator] === 'function')) {
      return this.constructor.from(value);
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', 'body', value);
  }
  if (isDuplex(stream)) return pipeline(this, stream, noop);
  throw new ERR_INVALID_ARG_TYPE('body', ['Function', 'Blob', 'ReadableStream', 'WritableStream', 'Stream',
    'Iterable', 'AsyncIterable', 'Promise', '{ readable, writable } pair'], stream);
}

function installCompose(Readable) {
  Object.defineProperty(Readable.prototype, 'compose', {
    enumerable: false, configurable: true, writable: true,
    value: function compose_(stream, options) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return compose.call(this, stream, options);
    },
  });
  Object.defineProperty(Readable.prototype.compose, 'name', { value: 'compose' });
}

module.exports = { install, installCompose };
