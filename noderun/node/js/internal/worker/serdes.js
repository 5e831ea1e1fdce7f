'use strict';
// Structured clone, node 24's rules, around the engine's object writer (engine/serialize.py).
//
// The engine writes primitives, plain objects, arrays, Date, RegExp, Map, Set, boxed primitives,
// ArrayBuffers, typed arrays and SharedArrayBuffers (by address), with cycles and shared
// references. What it does not do as structured clone does is fixed here: `prepare` checks the
// value (DataCloneError for functions, symbols and uncloneable or marked objects, before anything is sent)
// and, only when the value holds something the writer cannot take as it is (errors, DataViews,
// arrays with holes or extra properties, getters, symbol keys, MessagePorts), builds a copy in which
// those are marker objects; `revive` turns the markers back on the receiving side.
//
// Most messages are trees of plain objects, dense arrays and primitives, which the writer takes as
// they are: `writesAsIs` recognises them with a cheaper walk, and the caller then skips `prepare`.

const { isUserProxy } = require('internal/proxy_registry');
const { isMarkedUncloneable, isBlobObject, isCloneableObject, kClone } = require('internal/worker/marks');
const { kType: kWebStreamType } = require('internal/webstreams/util');
const kTransferableStreams = new Set(['ReadableStream', 'WritableStream', 'TransformStream']);

const kMarker = '\u0000noderun:clone';

const kCloneableTags = new Set([
  'Object', 'Array', 'Date', 'RegExp', 'Map', 'Set', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  'Number', 'String', 'Boolean', 'BigInt', 'Error', 'Blob', 'Cloneable',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);
const kMarkableTags = new Set(['Object', 'Error', 'Blob']);
const kErrorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const ObjectToString = Object.prototype.toString;
const { hasOwnProperty, propertyIsEnumerable } = Object.prototype;

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/dom_exception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

function describe(value) {
  if (isUserProxy(value)) return describeProxy(value);
  if (typeof value === 'symbol') return value.toString();
  if (value instanceof Symbol) return '[object Symbol]';   // a boxed symbol, as V8 words it
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  return `#<${value.constructor?.name ?? 'Object'}>`;
}

// V8's words for a Proxy: its target's, as far as they show without running a trap.
function describeProxy(proxy) {
  const details = host.proxyDetails(proxy);
  if (details === null) return 'null';   // revoked
  const [target] = details;
  if (isUserProxy(target) || typeof target === 'function') return describe(target);
  return isArray(target) ? '[object Array]' : '#<Object>';
}

// The class of an object as the engine sees it (its toString tag without user overrides).
// The built-in class of an object, from its prototype chain, never from Symbol.toStringTag
// (an instance of a user class that claims a tag is still a plain object to structured clone).
const kBrands = [
  [Date, 'Date'], [RegExp, 'RegExp'], [Map, 'Map'], [Set, 'Set'], [ArrayBuffer, 'ArrayBuffer'],
  [globalThis.SharedArrayBuffer, 'SharedArrayBuffer'], [Number, 'Number'], [String, 'String'], [Boolean, 'Boolean'],
  [BigInt, 'BigInt'], [Symbol, 'Symbol'], [Promise, 'Promise'], [WeakMap, 'WeakMap'], [WeakSet, 'WeakSet'],
  [WeakRef, 'WeakRef'], [FinalizationRegistry, 'FinalizationRegistry'],
].filter(([Ctor]) => typeof Ctor === 'function');   // --no-harmony-sharedarraybuffer removes one

function tagOf(value) {
  if (Array.isArray(value)) return 'Array';
  if (isBlobObject(value)) return 'Blob';
  if (isCloneableObject(value)) return 'Cloneable';
  if (value instanceof Error) return 'Error';
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? 'DataView' : value[Symbol.toStringTag];
  for (const [Ctor, name] of kBrands) if (value instanceof Ctor) return name;
  if (typeof value === 'function') return 'Function';
  // arguments objects have no prototype of their own: only their internal tag tells (node
  // refuses to clone them)
  if (ObjectToString.call(value) === '[object Arguments]' && !(Symbol.toStringTag in value)) return 'Arguments';
  return 'Object';
}

// -- the check pass: is the value cloneable, and can the writer take it as it is? -----------------
// This walk runs for every message, so its common cases are cheap: plain objects and dense arrays
// are scanned with a for-in / index loop; accessors are not looked for here (the engine's writer
// refuses them, and the caller then makes the copy, which reads them as structured clone does).

const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;
const { getPrototypeOf, getOwnPropertySymbols, getOwnPropertyDescriptor, keys: objectKeys } = Object;

function checkValue(value, isPort, seen) {
  const type = typeof value;
  if (type === 'object') return value !== null && needsCopy(value, isPort, seen);
  if (type === 'function' || type === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
  return false;
}

// The transfer list of the prepare() under way (a detached ArrayBuffer may only appear in it),
// and those of its ArrayBuffers whose memory moves with the message (a marker stands for each
// in the copy, and for each view of one: see copy).
let transferring = [];
let moving = [];

function needsCopy(value, isPort, seen) {
  if (seen.has(value)) return false;
  seen.add(value);
  if (isUserProxy(value)) throw dataCloneError(`${describeProxy(value)} could not be cloned.`);
  // markAsUncloneable() refuses plain objects, class instances, errors (the objects V8 asks node
  // about) and Blobs; marked arrays, maps, dates, buffers and ports still go
  if (isMarkedUncloneable(value) && !isPort(value) && kMarkableTags.has(tagOf(value))) {
    throw dataCloneError('Cannot clone object of unsupported type.');
  }
  const proto = getPrototypeOf(value);
  if (proto === null && require('util/types').isModuleNamespaceObject(value)) {
    throw dataCloneError('[object Module] could not be cloned.');
  }
  if (proto === ObjectPrototype) return scanObject(value, isPort, seen, true);
  if (proto === ArrayPrototype && Array.isArray(value)) return scanArray(value, isPort, seen);
  if (isPort(value)) return true;
  const tag = tagOf(value);
  if (!kCloneableTags.has(tag)) throw dataCloneError(`${describe(value)} could not be cloned.`);
  switch (tag) {
    case 'Error': {
      // what V8 writes of an error: its name and message (as strings), its stack, and its cause,
      // which must be cloneable itself
      const cause = getOwnPropertyDescriptor(value, 'cause');
      if (cause !== undefined && 'value' in cause) checkValue(cause.value, isPort, seen);
      return true;
    }
    case 'DataView': case 'Blob': case 'RegExp': case 'Cloneable':
      return true;
    case 'ArrayBuffer':
      if (!value.detached) return moving.length !== 0 && moving.includes(value);
      if (!transferring.includes(value)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      return true;   // node 20 sends a detached buffer in the transfer list as an empty one
    case 'Array':
      return scanArray(value, isPort, seen);
    case 'Object':
      // an instance of a class (or of a null/other prototype): copied, because the engine's
      // writer would also write its private fields (#x), which structured clone never sees
      scanObject(value, isPort, seen, false);
      return true;
    case 'Map': {
      let special = false;
      for (const [k, v] of value) {
        if (checkValue(k, isPort, seen) | checkValue(v, isPort, seen)) special = true;
      }
      return special;
    }
    case 'Set': {
      let special = false;
      for (const v of value) if (checkValue(v, isPort, seen)) special = true;
      return special;
    }
    default:   // a typed array: written whole, unless its buffer moves
      return moving.length !== 0 && ArrayBuffer.isView(value) && moving.includes(value.buffer);
  }
}

function scanObject(object, isPort, seen, plain) {
  let special = getOwnPropertySymbols(object).length > 0;
  if (plain) {   // Object.prototype has no enumerable properties: for-in sees own keys only
    for (const key in object) if (checkValue(object[key], isPort, seen)) special = true;
  } else {
    for (const key of objectKeys(object)) if (checkValue(object[key], isPort, seen)) special = true;
  }
  return special;
}

// Every index present and no other key: the array the writer copies as it is (it would turn holes
// into undefined and drop other properties). As many keys as elements is not enough ([1, , 3]
// with an `x` has three): the last key must be the last index too (index keys come first).
function isDense(array) {
  const { length } = array;
  if (length === 0) return objectKeys(array).length === 0;
  const keys = objectKeys(array);
  return keys.length === length && keys[length - 1] === `${length - 1}`;
}

function scanArray(array, isPort, seen) {
  const { length } = array;
  if (!isDense(array)) {   // holes or other keys: the copy takes every own key, checked here
    for (const key of objectKeys(array)) checkValue(array[key], isPort, seen);
    return true;
  }
  let special = getOwnPropertySymbols(array).length > 0;
  for (let i = 0; i < length; i++) if (checkValue(array[i], isPort, seen)) special = true;
  return special;
}

// -- the fast check: the common message, which the writer takes as it is ----------------------------
// True only when the value needs neither markers nor an error: every object reached is a plain
// object (prototype Object.prototype or null) without symbol keys, a dense array without other
// properties (prototype Array.prototype), or one of the classes the writer copies whole (dates,
// regexps, buffers, typed arrays, boxed primitives); every other value a primitive but a symbol.
// Accessors are left to the writer, which refuses them (the caller then takes the full path).
// An object met again (shared, or a cycle) is not walked again if it is remembered: objects of
// kRemembered items or more always are, the others once kForgetful objects have been walked (so
// small values pay nothing for it, and sharing cannot make a walk grow past the value's size). A
// cycle through small objects shows as depth first: past kMaxDepth levels, or kMaxVisits values
// in all, the answer is false and the full check decides.

const kMaxDepth = 64;
const kMaxVisits = 1 << 22;
const kRemembered = 16;
const kForgetful = 4096;
const { values: objectValues } = Object;
const { isArray } = Array;
// QuickJS-ng's reader does not count a RegExp in its table of objects (JS_ReadRegExp never calls
// BC_add_object_ref, while the writer counts it), so every reference written after one would
// point one object off: a RegExp never goes to the writer as it is but as a marker (see copy).
const kWholeTags = new Set([
  'Date', 'RegExp', 'ArrayBuffer', 'SharedArrayBuffer', 'Number', 'String', 'Boolean', 'BigInt',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);
let visitsLeft = 0;
let forgetfulLeft = 0;
let walked;   // the remembered objects met so far (a Set, made when the first one is met)

function writesAsIs(value) {
  const type = typeof value;
  if (type !== 'object') return type !== 'function' && type !== 'symbol';
  if (value === null) return true;
  // (a getter met on the way may post a message itself: the walk it starts must not end this one)
  const outerVisits = visitsLeft;
  const outerForgetful = forgetfulLeft;
  const outerWalked = walked;
  visitsLeft = kMaxVisits;
  forgetfulLeft = kForgetful;
  walked = undefined;
  try {
    return treeAsIs(value, 0);
  } finally {
    visitsLeft = outerVisits;
    forgetfulLeft = outerForgetful;
    walked = outerWalked;
  }
}

function treeAsIs(object, depth) {
  if (isUserProxy(object) || isMarkedUncloneable(object)) return false;
  const proto = getPrototypeOf(object);
  let items;
  if (proto === ObjectPrototype || proto === null) {
    if (getOwnPropertySymbols(object).length !== 0) return false;   // the writer would keep them
    items = objectValues(object);
  } else if (proto === ArrayPrototype && isArray(object)) {
    items = object;
  } else {
    // (own keys: what only claims such a tag is a plain object to the writer, which walks it)
    const tag = tagOf(object);
    return !(object instanceof Error) && tag !== 'RegExp' && kWholeTags.has(tag) &&
      (ArrayBuffer.isView(object) || objectKeys(object).length === 0);
  }
  const { length } = items;
  if (length >= kRemembered || --forgetfulLeft < 0) {
    if (walked === undefined) walked = new Set();
    else if (walked.has(object)) return true;   // walked already, or being walked (a cycle)
    walked.add(object);
  }
  // (an array's symbol keys need no check: the writer writes its elements only)
  if (items === object && !isDense(object)) return false;
  visitsLeft -= length;
  if (visitsLeft < 0 || depth === kMaxDepth) return false;
  for (let i = 0; i < length; i++) {
    const item = items[i];
    const type = typeof item;
    if (type === 'object') {
      if (item !== null && !treeAsIs(item, depth + 1)) return false;
    } else if (type === 'function' || type === 'symbol') {
      return false;
    }
  }
  return true;
}

// -- the snapshot: plain data copied now, each property read once ---------------------------------
// `snapshot(value)` copies the ordinary objects and dense arrays of a value, at most
// kSnapshotNodes of them and kSnapshotItems values in all, keeping sharing and cycles; what else
// it meets it keeps as it is. `snapshotWasWhole()` then says whether nothing was kept.
//
// A whole snapshot is a message that can wait: a burst of them is sent as one array written when
// the burst ends (node/messaging.py), and structuredClone's answer for small values. A snapshot
// that kept only objects that hold no others (dates, regexps, buffers, views, boxed primitives)
// (or functions and symbols, which are refused) goes on in place of the value, so that the later
// passes (the check, the writer, the copy with markers) find data where the value had getters:
// every getter is read once, as node reads it.
// When it kept anything else (a Map, a class instance, a Proxy, a function, a subtree past the
// budget), which may hold an object the snapshot copied, the copy would split that object in two:
// then the value itself goes on, and what the later passes read twice is read twice.
//
// The copy is made from properties only: an exotic object whose prototype was replaced by
// Object.prototype or null (a Map, an array) would come out as a plain object. The
// engine's writer tells them apart by their class; here Object.prototype.toString and
// ArrayBuffer.isView unmask arrays, dates, regexps, errors, boxed primitives and views, and an
// object without own properties (what a disguised Map, Set or ArrayBuffer is) is kept.

const kSnapshotNodes = 16;
const kSnapshotItems = 128;
const { defineProperty } = Object;
const { isView } = ArrayBuffer;
let snapshotNodes = 0;
let snapshotItems = 0;
let snapshotMemo;   // object -> its copy, once the tree has more than one object
let snapshotWhole = true;
let snapshotSplit = false;   // something kept may hold a copied object

function snapshot(value) {
  const type = typeof value;
  if (type !== 'object' || value === null) {
    snapshotWhole = type !== 'function' && type !== 'symbol';
    return value;
  }
  // (a getter met on the way may post a message itself: the copy it starts must not end this one)
  const outerNodes = snapshotNodes;
  const outerItems = snapshotItems;
  const outerMemo = snapshotMemo;
  const outerSplit = snapshotSplit;
  snapshotNodes = kSnapshotNodes;
  snapshotItems = kSnapshotItems;
  snapshotMemo = undefined;
  snapshotWhole = true;
  snapshotSplit = false;
  let whole;
  try {
    const copy = snapshotTree(value);
    whole = snapshotWhole;
    return snapshotSplit ? value : copy;
  } finally {
    snapshotSplit = outerSplit;
    snapshotNodes = outerNodes;
    snapshotItems = outerItems;
    snapshotMemo = outerMemo;
    snapshotWhole = whole;
  }
}

function kept(object) {
  snapshotWhole = false;
  // (a function or a symbol holds nothing the clone reads: the message is refused anyway)
  if (typeof object === 'object' && (isUserProxy(object) || !kWholeTags.has(tagOf(object)))) snapshotSplit = true;
  return object;
}

function keptPastBudget(object) {
  snapshotWhole = false;
  snapshotSplit = true;
  return object;
}

function snapshotTree(object) {
  if (--snapshotNodes < 0) return keptPastBudget(object);
  if (isUserProxy(object) || isMarkedUncloneable(object)) return kept(object);
  const proto = getPrototypeOf(object);
  if (proto === ObjectPrototype || proto === null) {
    if (getOwnPropertySymbols(object).length !== 0 || isArray(object) || isView(object) ||
        ObjectToString.call(object) !== '[object Object]') return kept(object);
    // Each property read when its turn comes, depth first, as node's serializer does: a getter
    // sees (and may change or delete) the properties after it still unread.
    const keys = objectKeys(object);
    if (keys.length === 0) return kept(object);
    if (keys.length > snapshotItems) return keptPastBudget(object);
    snapshotItems -= keys.length;
    const copy = {};
    snapshotMemo?.set(object, copy);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (i > 0 && !propertyIsEnumerable.call(object, key)) continue;   // a getter deleted it
      const item = snapshotItem(object, copy, object[key]);
      if (key === '__proto__') defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
      else copy[key] = item;
    }
    return copy;
  }
  if (proto === ArrayPrototype && isArray(object)) {
    const { length } = object;
    if (length > snapshotItems) return keptPastBudget(object);
    if (!isDense(object)) return kept(object);
    snapshotItems -= length;
    const copy = new Array(length);
    snapshotMemo?.set(object, copy);
    for (let i = 0; i < length; i++) copy[i] = snapshotItem(object, copy, object[i]);
    return copy;
  }
  return kept(object);
}

function snapshotItem(parent, parentCopy, item) {
  const type = typeof item;
  if (type === 'function' || type === 'symbol') return kept(item);
  if (type !== 'object' || item === null) return item;
  if (snapshotMemo === undefined) snapshotMemo = new Map([[parent, parentCopy]]);
  const copy = snapshotMemo.get(item);   // shared, or a cycle
  return copy === undefined ? snapshotTree(item) : copy;
}

// -- the copy pass: markers for what the writer cannot take ---------------------------------------

// An own "__proto__" key is data to structured clone: assigning it would set the prototype.
function setOwn(object, key, value) {
  if (key === '__proto__') defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

// A RegExp's pattern and flags from its internal slots (as V8's serializer reads them), never
// from properties a program may have shadowed on the instance.
const regExpGetters = (() => {
  const getter = (name) => Object.getOwnPropertyDescriptor(RegExp.prototype, name)?.get;
  const flags = [['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
    ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y']];
  return { source: getter('source'), flags: flags.map(([name, letter]) => [getter(name), letter]).filter(([get]) => get) };
})();

function regExpSource(regexp) {
  return regExpGetters.source.call(regexp);
}

function regExpFlags(regexp) {
  let flags = '';
  for (const [get, letter] of regExpGetters.flags) if (get.call(regexp)) flags += letter;
  return flags;
}

function copy(value, portIndex, memo) {
  if (value === null || typeof value !== 'object') return value;
  let result = memo.get(value);
  if (result !== undefined) return result;
  const index = portIndex(value);
  if (index !== -1) {
    // (a transferred web stream comes back as its own marker, naming its ports)
    result = typeof index === 'object' ? index : { [kMarker]: 'port', index };
    memo.set(value, result);
    return result;
  }
  switch (tagOf(value)) {
    case 'Error': {
      // As V8 reads an error, in its order: `name` (any object whose name is a native error's
      // comes back as that error), an own data `message` as a string, `stack` if it is a string,
      // an own data `cause` cloned; an accessor message or cause is left out.
      const name = `${value.name}`;
      result = { [kMarker]: 'error', name: kErrorNames.has(name) ? name : 'Error' };
      memo.set(value, result);
      const message = getOwnPropertyDescriptor(value, 'message');
      if (message !== undefined && 'value' in message) result.message = `${message.value}`;
      // (QuickJS keeps `stack` behind an accessor on Error.prototype, not as an own property)
      const { stack } = value;
      if (typeof stack === 'string') result.stack = stack;
      const cause = getOwnPropertyDescriptor(value, 'cause');
      if (cause !== undefined && 'value' in cause) result.cause = copy(cause.value, portIndex, memo);
      return result;
    }
    case 'ArrayBuffer': {
      const moved = moving.indexOf(value);
      if (moved !== -1) {   // the moved memory, after the ports (see prepare)
        result = { [kMarker]: 'port', index: portCount + moved };
        memo.set(value, result);
        return result;
      }
      return value.detached ? new ArrayBuffer(0) : value;
    }
    case 'Blob': {
      // its bytes, type and (for a File) name and date; revived as a Blob or File of its own
      const { blobBytes, File } = require('internal/buffer/blob');
      result = { [kMarker]: 'blob', bytes: blobBytes(value), type: value.type };
      if (value instanceof File) Object.assign(result, { name: value.name, lastModified: value.lastModified });
      memo.set(value, result);
      return result;
    }
    case 'Cloneable': {
      const { data, deserializeInfo } = value[kClone]();
      result = { [kMarker]: 'cloneable', deserializeInfo, data };
      memo.set(value, result);
      return result;
    }
    case 'RegExp':
      result = { [kMarker]: 'regexp', source: regExpSource(value), flags: regExpFlags(value) };
      memo.set(value, result);
      return result;
    case 'DataView':
      result = { [kMarker]: 'dataview', byteOffset: value.byteOffset, byteLength: value.byteLength };
      memo.set(value, result);
      result.buffer = copy(value.buffer, portIndex, memo);
      return result;
    case 'Array': {
      const { length } = value;
      if (isDense(value)) {
        result = new Array(length);
        memo.set(value, result);
        for (let i = 0; i < length; i++) result[i] = copy(value[i], portIndex, memo);
        return result;
      }
      const entries = {};
      result = { [kMarker]: 'array', length, entries };
      memo.set(value, result);
      for (const key of Object.keys(value)) setOwn(entries, key, copy(value[key], portIndex, memo));
      return result;
    }
    case 'Map':
      result = new Map();
      memo.set(value, result);
      for (const [k, v] of value) result.set(copy(k, portIndex, memo), copy(v, portIndex, memo));
      return result;
    case 'Set':
      result = new Set();
      memo.set(value, result);
      for (const v of value) result.add(copy(v, portIndex, memo));
      return result;
    case 'Object':
      result = {};
      memo.set(value, result);
      for (const key of Object.keys(value)) setOwn(result, key, copy(value[key], portIndex, memo));
      return result;
    default:
      if (ArrayBuffer.isView(value) && moving.includes(value.buffer)) {   // a typed array over moved memory
        result = { [kMarker]: 'view', type: tagOf(value), byteOffset: value.byteOffset, length: value.length };
        memo.set(value, result);
        result.buffer = copy(value.buffer, portIndex, memo);
        return result;
      }
      return value;   // dates, regexps, buffers, boxed primitives: the writer takes them as they are
  }
}

// `transfer`: the transfer list, already validated. Returns [value to write, whether it holds
// markers]; throws DataCloneError (nothing is sent) for what cannot be cloned.
// `streams`: the web streams of the transfer list, each with { kind, ports } (webstreams/transfer).
// `moved`: the ArrayBuffers of the transfer list whose memory the host moves (their markers
// index the receiver's list of ports, then of those buffers).
function prepare(value, transfer, isPort, streams = undefined, moved = kNothing) {
  const outerTransferring = transferring;
  const outerMoving = moving;
  transferring = transfer;
  moving = moved;
  try {
    if (!checkValue(value, isPort, new Set())) return [value, false];
    return [copyForWriter(value, transfer, isPort, streams), true];
  } finally {
    transferring = outerTransferring;
    moving = outerMoving;
  }
}

const kNothing = Object.freeze([]);
let portCount = 0;   // ports in the transfer list of the copy under way

// Hand `value` to `write(prepared, marked)` (a host call that serializes it). When the engine's
// writer refuses what the check let through, write the copy instead: an accessor property, or one
// of noderun's own proxies that stand for node objects (process.env), which the copy reads as the
// plain objects node clones them as (the program's proxies the check refused already).
function serializeWith(value, transfer, isPort, write, streams = undefined, moved = kNothing) {
  const [prepared, marked] = prepare(value, transfer, isPort, streams, moved);
  try {
    return write(prepared, marked);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const unsupported = error.message === 'unsupported object class';
    // what the copy kept as it is and the writer cannot take (an arguments object, say)
    if (unsupported && marked) throw dataCloneError('#<Object> could not be cloned.');
    if (marked || !(unsupported || error.message === 'only value properties are supported')) throw error;
    return write(copyForWriter(value, transfer, isPort, streams), true);
  }
}

// The copy with markers: for what the check found, and for what the writer refused (accessors).
function copyForWriter(value, transfer, isPort, streams) {
  const ports = transfer.filter(isPort);
  portCount = ports.length;
  const portIndex = (object) => {
    if (kTransferableStreams.has(object[kWebStreamType])) {
      // a ReadableStream, WritableStream or TransformStream goes only in a transfer list
      const moved = streams?.get(object);
      if (moved === undefined) throw makeMissingTransferable();
      return { [kMarker]: 'stream', kind: moved.kind, indices: moved.ports.map((port) => ports.indexOf(port)) };
    }
    if (!isPort(object)) return -1;
    const index = ports.indexOf(object);
    if (index === -1) throw makeMissingTransferable();
    return index;
  };
  return copy(value, portIndex, new Map());
}

function makeMissingTransferable() {
  return dataCloneError('Object that needs transfer was found in message but not listed in transferList');
}

// -- the receiving side ---------------------------------------------------------------------------

function revive(value, ports, memo = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  if (memo.has(value)) return memo.get(value);
  const kind = hasOwnProperty.call(value, kMarker) ? value[kMarker] : undefined;
  let result;
  switch (kind) {
    case 'port':
      result = ports[value.index];
      memo.set(value, result);
      return result;
    case 'error': {
      const Ctor = globalThis[value.name] ?? Error;
      result = new Ctor();   // a real error (its class shows in Object.prototype.toString)
      // (without what the engine's stack capture left on it here: a clone has only what was sent)
      for (const key of getOwnPropertySymbols(result)) delete result[key];
      memo.set(value, result);
      for (const key of ['stack', 'message', 'cause']) {
        if (hasOwnProperty.call(value, key)) {
          Object.defineProperty(result, key, { value: revive(value[key], ports, memo), writable: true, configurable: true, enumerable: false });
        }
      }
      return result;
    }
    case 'stream':
      result = require('internal/webstreams/transfer').transferIn(value.kind, value.indices.map((i) => ports[i]));
      memo.set(value, result);
      return result;
    case 'blob': {
      const { Blob, File } = require('internal/buffer/blob');
      result = value.name === undefined
        ? new Blob([value.bytes], { type: value.type })
        : new File([value.bytes], value.name, { type: value.type, lastModified: value.lastModified });
      memo.set(value, result);
      return result;
    }
    case 'cloneable': {
      const [module, name] = value.deserializeInfo.split(':');
      result = require(module)[name](value.data);
      memo.set(value, result);
      return result;
    }
    case 'regexp':
      result = new RegExp(value.source, value.flags);
      memo.set(value, result);
      return result;
    case 'dataview':
      result = new DataView(revive(value.buffer, ports, memo), value.byteOffset, value.byteLength);
      memo.set(value, result);
      return result;
    case 'view':
      result = new globalThis[value.type](revive(value.buffer, ports, memo), value.byteOffset, value.length);
      memo.set(value, result);
      return result;
    case 'array': {
      result = new Array(value.length);
      memo.set(value, result);
      for (const key of Object.keys(value.entries)) setOwn(result, key, revive(value.entries[key], ports, memo));
      return result;
    }
    default:
      break;
  }
  memo.set(value, value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i], ports, memo);
  } else if (value instanceof Map) {
    const entries = [...value];
    value.clear();
    for (const [k, v] of entries) value.set(revive(k, ports, memo), revive(v, ports, memo));
  } else if (value instanceof Set) {
    const items = [...value];
    value.clear();
    for (const v of items) value.add(revive(v, ports, memo));
  } else if (ObjectToString.call(value) === '[object Object]') {
    for (const key of Object.keys(value)) value[key] = revive(value[key], ports, memo);
  }
  return value;
}

// Whether the last snapshot() copied all of its value.
function snapshotWasWhole() {
  return snapshotWhole;
}

module.exports = { prepare, serializeWith, writesAsIs, snapshot, snapshotWasWhole, revive, dataCloneError };
