'use strict';
// node:util/types (also util.types): type predicates that are brand checks, not instanceof, so
// they hold for objects whose prototype was changed and cannot be fooled by Symbol.toStringTag
// where the engine offers a way to look at the internal slot. A brand check calls a built-in
// method that reads the slot and throws (or answers undefined) for anything else.
//
// Where JS offers no side-effect-free slot check (iterators, generators, arguments objects,
// async/generator functions) the built-in tag from Object.prototype.toString is used: exact for
// real objects, fooled only by an object that sets its own Symbol.toStringTag to such a name.
// isPromise and isProxy ask the engine through the host (promiseState; host_util.py's utilIsProxy).

const uncurry = (fn) => Function.prototype.call.bind(fn);
const getter = (proto, key) => uncurry(Object.getOwnPropertyDescriptor(proto, key).get);
const objectToString = uncurry(Object.prototype.toString);

// true when `probe(value)` runs without throwing: the method accepted the value's internal slot
function brandCheck(probe) {
  return function check(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      probe(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isDate = brandCheck(uncurry(Date.prototype.getTime));
const isMap = brandCheck(getter(Map.prototype, 'size'));
const isSet = brandCheck(getter(Set.prototype, 'size'));
const weakMapHas = uncurry(WeakMap.prototype.has);
const isWeakMap = brandCheck((value) => weakMapHas(value, isWeakMap));
const weakSetHas = uncurry(WeakSet.prototype.has);
const isWeakSet = brandCheck((value) => weakSetHas(value, isWeakSet));
const isArrayBuffer = brandCheck(getter(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function'
  ? brandCheck(getter(SharedArrayBuffer.prototype, 'byteLength'))
  : () => false;
// `buffer`, unlike `byteLength`, does not throw for a view over a detached buffer
const isDataView = brandCheck(getter(DataView.prototype, 'buffer'));

// RegExp.prototype itself answers undefined to the `global` getter: it is not a RegExp
const regExpGlobal = getter(RegExp.prototype, 'global');
function isRegExp(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    return typeof regExpGlobal(value) === 'boolean';
  } catch {
    return false;
  }
}

const isNumberObject = brandCheck(uncurry(Number.prototype.valueOf));
const isStringObject = brandCheck(uncurry(String.prototype.valueOf));
const isBooleanObject = brandCheck(uncurry(Boolean.prototype.valueOf));
const isBigIntObject = brandCheck(uncurry(BigInt.prototype.valueOf));
const isSymbolObject = brandCheck(uncurry(Symbol.prototype.valueOf));

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// %TypedArray%.prototype[@@toStringTag] is the element type's name for a typed array and undefined
// for anything else: a brand check that never throws.
const typedArrayName = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

function typedArrayCheck(name) {
  return (value) => typedArrayName(value) === name;
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isNativeError(value) {
  return Error.isError(value);
}

function builtinTag(value) {
  return objectToString(value).slice(8, -1);
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function isMapIterator(value) {
  return isObjectLike(value) && builtinTag(value) === 'Map Iterator';
}

function isSetIterator(value) {
  return isObjectLike(value) && builtinTag(value) === 'Set Iterator';
}

function isGeneratorObject(value) {
  if (!isObjectLike(value)) return false;
  const tag = builtinTag(value);
  return tag === 'Generator' || tag === 'AsyncGenerator';
}

// node counts async generator functions as both async functions and generator functions
function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const tag = builtinTag(value);
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const tag = builtinTag(value);
  return tag === 'GeneratorFunction' || tag === 'AsyncGeneratorFunction';
}

function isArgumentsObject(value) {
  return value !== null && typeof value === 'object' && builtinTag(value) === 'Arguments';
}

// A module namespace is the only built-in object that is non-extensible, has a null prototype and
// an own, frozen @@toStringTag 'Module' (require() of an ES module gives such a view too).
function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable && !tag.configurable;
}

// the engine's promise state: -1 for anything that is not a promise
function isPromise(value) {
  return value !== null && typeof value === 'object' && host.promiseState(value) >= 0;
}

function isProxy(value) {
  return isObjectLike(value) && host.utilIsProxy(value);
}

// Externals wrap C++ pointers in V8; nothing in this runtime creates one.
function isExternal() {
  return false;
}

// KeyObject and CryptoKey are branded by node:crypto: ask it only when it exists, as node does.
function cryptoKeysCheck(name) {
  let check;
  const predicate = (value) => {
    if (check === undefined) {
      check = host.hasInternal('internal/crypto/keys') ? require('internal/crypto/keys')[name] : undefined;
      if (typeof check !== 'function') check = () => false;
    }
    return check(value);
  };
  // node defines these as `value(obj)` in a property descriptor, hence their name
  return Object.defineProperty(predicate, 'name', { value: 'value' });
}

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: ArrayBuffer.isView,   // the very function, as in node
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject: cryptoKeysCheck('isKeyObject'),
  isCryptoKey: cryptoKeysCheck('isCryptoKey'),
};

// Names and lengths as node's: its slot checks are anonymous C++ functions (name '', length 0),
// the typed-array ones JS functions of one parameter named after themselves; isArrayBufferView
// keeps its own name 'isView', and the crypto ones their name 'value'.
for (const [name, predicate] of Object.entries(module.exports)) {
  if (predicate === ArrayBuffer.isView || predicate.name === 'value') continue;
  const isTypedArrayCheck = name.endsWith('Array');
  Object.defineProperty(predicate, 'name', { value: isTypedArrayCheck ? name : '' });
  if (!isTypedArrayCheck) Object.defineProperty(predicate, 'length', { value: 0 });
}
