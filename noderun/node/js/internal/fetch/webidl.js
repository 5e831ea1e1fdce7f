'use strict';
// The WebIDL conversions and checks fetch's classes share, with undici's messages (the ones node 24
// prints): argument counts, ByteString / USVString, brand checks.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

function requireArgs(length, min, context) {
  if (length >= min) return;
  const plural = min === 1 ? '' : 's';
  throw new TypeError(`${context}: ${min} argument${plural} required, but${length ? ' only' : ''} ${length} found.`);
}

// undici's "Illegal invocation": a TypeError carrying ERR_INVALID_THIS
function illegalInvocation() {
  const error = new TypeError('Illegal invocation');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

function domString(value) {
  if (typeof value === 'symbol') throw new TypeError('Symbol cannot be converted to a DOMString.');
  return `${value}`;
}

function byteString(value) {
  const string = domString(value);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return string;
}

function usvString(value) {
  return domString(value).toWellFormed();
}

// WebIDL's `unsigned short`: modulo 2^16, NaN and infinities give 0
function unsignedShort(value) {
  const number = Math.trunc(Number(value));
  return Number.isFinite(number) ? ((number % 65536) + 65536) % 65536 : 0;
}

// how undici quotes a value in its messages
function stringify(value) {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'symbol') return `Symbol(${value.description})`;
  if (value !== null && typeof value === 'object') return inspect().inspect(value);
  return `${value}`;
}

function enumValue(value, allowed) {
  const string = domString(value);
  if (!allowed.includes(string)) {
    // undici names no context here: node 24 prints "undefined: ..."
    throw new TypeError(`undefined: ${string} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return string;
}

let inspectModule;
function inspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// WebIDL's pair iterators ("Headers Iterator", "FormData Iterator"): `pairAt(target, index)` gives
// the [name, value] at an index of the list as it is at each step, or undefined past its end.
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function createPairIterator(interfaceName, pairAt) {
  class PairIterator {
    #target;
    #kind;
    #index = 0;

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
    }

    next() {
      if (this === null || typeof this !== 'object' || !(#target in this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${interfaceName} Iterator.`);
      }
      const pair = pairAt(this.#target, this.#index);
      if (pair === undefined) return { value: undefined, done: true };
      this.#index++;
      if (this.#kind === 'key') return { value: pair[0], done: false };
      if (this.#kind === 'value') return { value: pair[1], done: false };
      return { value: [pair[0], pair[1]], done: false };
    }
  }
  Object.setPrototypeOf(PairIterator.prototype, iteratorPrototype);
  delete PairIterator.prototype.constructor;   // node prints "Object [Headers Iterator] {}"
  Object.defineProperty(PairIterator.prototype, Symbol.toStringTag, {
    value: `${interfaceName} Iterator`, configurable: true,
  });
  Object.defineProperty(PairIterator.prototype, 'next', { enumerable: true });
  return (target, kind) => new PairIterator(target, kind);
}

// The enumerable own members WebIDL gives an interface's prototype, redefined in the order given
// (node's, which Object.keys shows), and its toStringTag.
function exposeInterface(constructor, members) {
  const { prototype } = constructor;
  for (const name of members) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    delete prototype[name];
    Object.defineProperty(prototype, name, { ...descriptor, enumerable: true });
  }
  Object.defineProperty(prototype, Symbol.toStringTag, { value: constructor.name, configurable: true });
}

// init arguments of the Request and Response constructors: a dictionary, null or undefined
function validateInit(init) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`undefined: Expected ${stringify(init)} to be one of: Null, Undefined, Object.`);
  }
  return init ?? {};
}

module.exports = { createPairIterator, exposeInterface, validateInit, requireArgs, illegalInvocation, domString, unsignedShort, byteString, usvString, enumValue, stringify, inspect };
