'use strict';
// Headers of the fetch standard as undici 7 (node 24) keeps them: one entry per lower-cased name
// holding the first spelling of the name and the combined value, set-cookie values also kept
// apart; iteration is sorted by name. A guard makes the headers of fetched responses immutable.

const {
  createPairIterator, exposeInterface, requireArgs, illegalInvocation, byteString, inspect,
} = require('internal/fetch/webidl');
const { isToken } = require('internal/fetch/mime');

const { markAsUncloneable } = require('internal/worker/marks');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const httpWhitespaceEdges = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function normalizeValue(value) {
  return value.replace(httpWhitespaceEdges, '');
}

function isValidValue(value) {
  return !/[\0\r\n]/.test(value);
}

class Headers {
  #map = new Map();   // lower-cased name -> { name, value }
  #cookies = [];      // each set-cookie value, in order
  #guard = 'none';
  #sorted = null;

  constructor(init = undefined) {
    markAsUncloneable(this);   // as undici: structured clone refuses it
    if (init !== undefined) fillHeaders(this, init);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#map in self)) throw illegalInvocation();
  }

  static #validateName(name, method) {
    if (!isToken(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  }

  append(name, value) {
    Headers.#check(this);
    requireArgs(arguments.length, 2, 'Headers.append');
    appendHeader(this, byteString(name), byteString(value));
  }

  static append(headers, name, value) {
    value = normalizeValue(value);
    Headers.#validateName(name, 'append');
    if (!isValidValue(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
    if (headers.#guard === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    const entry = headers.#map.get(key);
    if (entry === undefined) {
      headers.#map.set(key, { name, value });
    } else {
      entry.value += `${key === 'cookie' ? '; ' : ', '}${value}`;
    }
    if (key === 'set-cookie') headers.#cookies.push(value);
    headers.#sorted = null;
  }

  delete(name) {
    Headers.#check(this);
    requireArgs(arguments.length, 1, 'Headers.delete');
    name = byteString(name);
    Headers.#validateName(name, 'delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    if (!this.#map.has(key)) return;
    this.#map.delete(key);
    if (key === 'set-cookie') this.#cookies = [];
    this.#sorted = null;
  }

  get(name) {
    Headers.#check(this);
    requireArgs(arguments.length, 1, 'Headers.get');
    name = byteString(name);
    Headers.#validateName(name, 'get');
    return this.#map.get(name.toLowerCase())?.value ?? null;
  }

  has(name) {
    Headers.#check(this);
    requireArgs(arguments.length, 1, 'Headers.has');
    name = byteString(name);
    Headers.#validateName(name, 'has');
    return this.#map.has(name.toLowerCase());
  }

  set(name, value) {
    Headers.#check(this);
    requireArgs(arguments.length, 2, 'Headers.set');
    name = byteString(name);
    value = normalizeValue(byteString(value));
    Headers.#validateName(name, 'set');
    if (!isValidValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const key = name.toLowerCase();
    this.#map.set(key, { name, value });
    if (key === 'set-cookie') this.#cookies = [value];
    this.#sorted = null;
  }

  getSetCookie() {
    Headers.#check(this);
    return this.#cookies.slice();
  }

  // [name, value] pairs sorted by name, set-cookie once per value (the standard's "sort and combine")
  static sortedList(headers) {
    if (headers.#sorted !== null) return headers.#sorted;
    const names = [...headers.#map.keys()].sort();
    const list = [];
    for (const key of names) {
      if (key === 'set-cookie') {
        for (const cookie of headers.#cookies) list.push([key, cookie]);
      } else {
        list.push([key, headers.#map.get(key).value]);
      }
    }
    headers.#sorted = list;
    return list;
  }

  forEach(callback, thisArg = undefined) {
    Headers.#check(this);
    requireArgs(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of sortedList(this)) callback.call(thisArg, value, name, this);
  }

  keys() {
    Headers.#check(this);
    return headersIterator(this, 'key');
  }

  values() {
    Headers.#check(this);
    return headersIterator(this, 'value');
  }

  entries() {
    Headers.#check(this);
    return headersIterator(this, 'key+value');
  }

  static setGuard(headers, guard) {
    headers.#guard = guard;
  }

  static getGuard(headers) {
    return headers.#guard;
  }

  // every entry, in insertion order, with the first spelling of its name (what inspect shows)
  static rawEntries(headers) {
    return Array.from(headers.#map.values(), ({ name, value }) => [name, value]);
  }

  [customInspectSymbol](depth, options) {
    const opts = { ...options, depth: options.depth ?? depth };
    return `Headers ${inspect().formatWithOptions(opts, Object.fromEntries(rawEntries(this)))}`;
  }
}

const { append: appendHeader, sortedList, setGuard, getGuard, rawEntries } = Headers;
delete Headers.append;
delete Headers.sortedList;
delete Headers.setGuard;
delete Headers.getGuard;
delete Headers.rawEntries;
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.iterator, { enumerable: false });
exposeInterface(Headers, ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries',
  'forEach']);
const headersIterator = createPairIterator('Headers', (headers, index) => sortedList(headers)[index]);

// The standard's "fill": init is a sequence of pairs or a record.
function fillHeaders(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const items = Array.from(pair, byteString);
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendHeader(headers, items[0], items[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    appendHeader(headers, byteString(key), byteString(init[key]));
  }
}

module.exports = { Headers, fillHeaders, appendHeader, sortedList, setGuard, getGuard, rawEntries };
