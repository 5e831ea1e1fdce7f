'use strict';
// Atomics.wait, Atomics.notify and Atomics.waitAsync through noderun's wait table in C
// (engine/natomics.c, host/waits.py) instead of the engine's, so that terminate() can wake a
// worker blocked in wait, and so that waitAsync (which QuickJS-ng lacks) shares one FIFO queue per
// element with wait. Argument checks, conversions and messages are V8's, in V8's order.
//
// The methods below are the slow path. On a thread's first Atomics call they are replaced by C
// functions (host.atomicsNative) that do the common case themselves (an integer typed array, an
// int32 index in range, int32 values: no JS and no Python in an Atomics.add, a wait or a
// wake-up) and call these with anything else, so errors and conversions stay V8's.

const TypedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype);
const getter = (object, key) => Object.getOwnPropertyDescriptor(object, key).get;
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const bufferOf = getter(TypedArrayPrototype, 'buffer');
const byteOffsetOf = getter(TypedArrayPrototype, 'byteOffset');
const lengthOf = getter(TypedArrayPrototype, 'length');
const sabByteLength = getter(SharedArrayBuffer.prototype, 'byteLength');
const engineAtomics = host.engineAtomics;   // the engine's own methods (bootstrap.js kept them)
const { load } = engineAtomics;
const { sendsPending } = require('internal/process/task_queues');
const PromiseCtor = Promise;
const ObjectToString = Object.prototype.toString;
const ErrorToString = Error.prototype.toString;
const FunctionToString = Function.prototype.toString;

const addresses = new WeakMap();   // SharedArrayBuffer -> address of its memory
const pendingWaits = new Map();    // waitAsync id -> resolve of its promise
let nextWaitId = 1;
let native = null;                 // this thread's C functions (see upgrade)

// -- V8's text for a value in an error message (its NoSideEffectsToString) ----------------------

// A data property of `object` or its prototypes; getters are not run.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor !== undefined) return 'value' in descriptor ? descriptor.value : undefined;
  }
  return undefined;
}

function describe(value) {
  if (typeof value === 'function') return FunctionToString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return `${value}`;
  const toString = dataProperty(value, 'toString');
  if (value instanceof Error || toString === ErrorToString) {
    const name = dataProperty(value, 'name');
    const message = dataProperty(value, 'message');
    const nameText = name === undefined ? 'Error' : `${name}`;
    const messageText = message === undefined ? '' : `${message}`;
    if (nameText === '') return messageText;
    return messageText === '' ? nameText : `${nameText}: ${messageText}`;
  }
  if (toString === ObjectToString) {
    const constructor = dataProperty(value, 'constructor');
    if (typeof constructor === 'function' && typeof constructor.name === 'string' && constructor.name !== '') {
      return `#<${constructor.name}>`;
    }
  }
  return ObjectToString.call(value);
}

// -- ECMAScript conversions with V8's messages (QuickJS's differ, and its Number() and BigInt()
// accept what ToNumber and ToBigInt reject) ------------------------------------------------------

const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';

function callForPrimitive(object, name) {
  const method = object[name];
  if (typeof method !== 'function') return object;
  return method.call(object);
}

// ToPrimitive with hint 'number'
function toPrimitive(value) {
  if (!isObject(value)) return value;
  const exotic = value[Symbol.toPrimitive];
  let result;
  if (exotic !== undefined && exotic !== null) {
    if (typeof exotic !== 'function') {
      throw new TypeError(`'${describe(exotic)}' returned for property 'Symbol(Symbol.toPrimitive)' ` +
                          `of object '${describe(value)}' is not a function`);
    }
    result = exotic.call(value, 'number');
  } else {
    result = callForPrimitive(value, 'valueOf');
    if (isObject(result)) result = callForPrimitive(value, 'toString');
  }
  if (isObject(result)) throw new TypeError('Cannot convert object to primitive value');
  return result;
}

function toNumber(value) {
  const primitive = toPrimitive(value);
  if (typeof primitive === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  if (typeof primitive === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  return +primitive;
}

function toIntegerOrInfinity(value) {
  const number = toNumber(value);
  return Number.isNaN(number) ? 0 : Math.trunc(number);
}

function toBigInt64(value) {
  const primitive = toPrimitive(value);
  switch (typeof primitive) {
    case 'bigint': return BigInt.asIntN(64, primitive);
    case 'boolean': return primitive ? 1n : 0n;
    case 'string':
      try {
        return BigInt.asIntN(64, BigInt(primitive));
      } catch {
        throw new SyntaxError(`Cannot convert ${primitive} to a BigInt`);
      }
    default:
      throw new TypeError(`Cannot convert ${describe(primitive)} to a BigInt`);
  }
}

// -- the element waited on ----------------------------------------------------------------------

// 'Int32Array' or 'BigInt64Array'; anything else is a TypeError
function waitableKind(typedArray) {
  const kind = typedArrayTag.call(typedArray);
  if (kind !== 'Int32Array' && kind !== 'BigInt64Array') {
    throw new TypeError(`${describe(typedArray)} is not an int32 or BigInt64 typed array.`);
  }
  return kind;
}

function isShared(buffer) {
  if (addresses.has(buffer)) return true;
  try {
    sabByteLength.call(buffer);
    return true;
  } catch {
    return false;
  }
}

function atomicIndex(typedArray, index) {
  const i = toIntegerOrInfinity(index);
  if (!(i >= 0 && i < lengthOf.call(typedArray))) throw new RangeError('Invalid atomic access index');
  return i;
}

// The address of element `i` (the key of its waiters in the host's table)
function elementAddress(typedArray, buffer, i, elementSize) {
  let base = addresses.get(buffer);
  if (base === undefined) {
    base = host.sabAddress(buffer);
    addresses.set(buffer, base);
  }
  return base + byteOffsetOf.call(typedArray) + i * elementSize;
}

// What Atomics.wait and waitAsync check and convert, in V8's order.
function waitArguments(typedArray, index, value, timeout) {
  const isBig = waitableKind(typedArray) === 'BigInt64Array';
  const buffer = bufferOf.call(typedArray);
  if (!isShared(buffer)) throw new TypeError(`${describe(typedArray)} is not a shared typed array.`);
  const i = atomicIndex(typedArray, index);
  const expected = isBig ? toBigInt64(value) : toNumber(value) | 0;
  const ms = toNumber(timeout);   // undefined: NaN, which means forever
  const size = isBig ? 8 : 4;
  return {
    index: i,
    expected,
    size,
    ms: Number.isNaN(ms) ? Infinity : Math.max(ms, 0),
    address: elementAddress(typedArray, buffer, i, size),
  };
}

// -- the Atomics methods (method syntax: like V8's, they are not constructors) ------------------

const methods = {
  wait(typedArray, index, value, timeout) {
    if (native === null) upgrade();
    const w = waitArguments(typedArray, index, value, timeout);
    if (sendsPending()) host.portFlushAll();   // what this thread posted may be what ends the wait
    return native.waitAt(w.address, w.size, w.expected, w.ms);
  },

  waitAsync(typedArray, index, value, timeout) {
    if (native === null) upgrade();
    const w = waitArguments(typedArray, index, value, timeout);
    if (w.ms === 0) {
      return { async: false, value: load(typedArray, w.index) === w.expected ? 'timed-out' : 'not-equal' };
    }
    const id = nextWaitId++;
    if (!native.waitAsyncAt(w.address, w.size, w.expected, w.ms, id)) {
      return { async: false, value: 'not-equal' };
    }
    let resolve;
    const promise = new PromiseCtor((resolveFn) => { resolve = resolveFn; });
    pendingWaits.set(id, resolve);
    return { async: true, value: promise };
  },

  notify(typedArray, index, count) {
    if (native === null) upgrade();
    const isBig = waitableKind(typedArray) === 'BigInt64Array';
    const i = atomicIndex(typedArray, index);
    const n = count === undefined ? Infinity : Math.max(toIntegerOrInfinity(count), 0);
    if (sendsPending()) host.portFlushAll();
    const buffer = bufferOf.call(typedArray);
    if (!isShared(buffer)) return 0;   // nobody can be waiting on unshared memory
    return native.notifyAt(elementAddress(typedArray, buffer, i, isBig ? 8 : 4), n);
  },
};

// Called on the waiting thread (through bootstrap's resolveWaitAsync) when the host woke a
// waitAsync: by Atomics.notify on any thread, or by its timeout.
function resolveWaitAsync(id, result) {
  const resolve = pendingWaits.get(id);
  if (resolve === undefined) return;
  pendingWaits.delete(id);
  resolve(result);
}

// The operations that write shared memory send the messages a MessagePort batched first: the write
// may be the signal for another thread to read them (internal/worker/messaging.js). Each keeps
// the engine's name and length, and like it is not a constructor.

// The engine's operations, after V8's check of the typed array (QuickJS words its refusal
// 'integer TypedArray expected'); a write first sends what is pending (see sendsPending).
const kIntegerKinds = new Set(['Int8Array', 'Uint8Array', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

function checked(name, write) {
  const operation = engineAtomics[name];
  const checkedOperation = (typedArray, index, value, replacement) => {
    if (native === null) upgrade();
    if (!kIntegerKinds.has(typedArrayTag.call(typedArray))) {
      throw new TypeError(`${describe(typedArray)} is not an integer typed array.`);
    }
    const i = atomicIndex(typedArray, index);   // (V8's check and message; converted once)
    if (write && sendsPending()) host.portFlushAll();
    return operation(typedArray, i, value, replacement);
  };
  Object.defineProperty(checkedOperation, 'name', { value: name });
  Object.defineProperty(checkedOperation, 'length', { value: operation.length });
  return checkedOperation;
}

const writes = Object.fromEntries([
  ...['store', 'add', 'sub', 'and', 'or', 'xor', 'exchange', 'compareExchange'].map((name) => [name, checked(name, true)]),
  ['load', checked('load', false)],
]);

function define(methodsByName) {
  for (const [name, value] of Object.entries(methodsByName)) {
    Object.defineProperty(Atomics, name, { value, writable: true, enumerable: false, configurable: true });
  }
}

// A stub's call (bootstrap.js, the thread's first Atomics call through it): the JS methods take
// the places on Atomics that still hold the stubs, and the call goes to this module's method.
function call(stubs, name, args) {
  for (const [key, method] of [...Object.entries(methods), ...Object.entries(writes)]) {
    if (stubs[key] !== undefined && Atomics[key] === stubs[key]) define({ [key]: method });
  }
  return Reflect.apply(methods[name] ?? writes[name], undefined, args);
}

// This thread's first Atomics call: the C methods replace the JS ones on Atomics (a function taken
// from Atomics before still works, through the JS path).
function upgrade() {
  const slowPath = { ...writes, wait: methods.wait, notify: methods.notify };
  native = host.atomicsNative(slowPath, host.portFlushAll, new Int32Array(new SharedArrayBuffer(16), 4, 2));
  const { waitAt, waitAsyncAt, notifyAt, ...replacements } = native;
  for (const [key, method] of Object.entries(replacements)) {   // (not where the program put its own)
    if (Atomics[key] === (methods[key] ?? writes[key])) define({ [key]: method });
  }
}

module.exports = { call, resolveWaitAsync };
