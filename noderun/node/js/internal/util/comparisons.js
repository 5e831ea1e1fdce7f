'use strict';
// Deep equality as node 24 defines it for assert.deepEqual / deepStrictEqual /
// partialDeepStrictEqual and util.isDeepStrictEqual.
//
// Loose mode compares primitives with == and ignores prototypes; strict mode uses Object.is,
// compares prototypes (unless told to skip them) and own enumerable symbol keys. Partial mode is
// strict mode where only what `expected` has must be in `actual`: its keys, its array and typed
// array elements in order (a subsequence), its Set values and Map entries; prototypes are not
// compared. Both modes require the same
// Object.prototype.toString tag, compare only own enumerable properties, and give Map and Set
// entries with object keys an order-independent match. Errors compare name, message, cause and
// errors (not the stack). Cycles: see compareGuardingCycles().

// The mode: 0 is falsy and every strict mode truthy, so `if (strict)` reads "any strict mode".
const kLoose = 0;
const kStrict = 1;
const kPartial = 2;
const kStrictSkipPrototype = 3;

// How the entries of a container are compared besides its own properties.
const kPlainObject = 0;
const kArrayEntries = 1;
const kSetEntries = 2;
const kMapEntries = 3;

const { hasOwn } = Object;
const propertyIsEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const objectTag = (value) => Object.prototype.toString.call(value);

const {
  isDate, isRegExp, isMap, isSet, isAnyArrayBuffer, isNativeError, isFloat32Array, isFloat64Array,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
} = require('util/types');

const dateGetTime = Date.prototype.getTime;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;
const isError = (value) => isNativeError(value) || value instanceof Error;

// Boxed primitives: the brand check and valueOf of each type, found by tag first.
const boxedTypeByTag = {
  '[object Number]': [isNumberObject, Number.prototype.valueOf],
  '[object String]': [isStringObject, String.prototype.valueOf],
  '[object Boolean]': [isBooleanObject, Boolean.prototype.valueOf],
  '[object BigInt]': [isBigIntObject, BigInt.prototype.valueOf],
  '[object Symbol]': [isSymbolObject, Symbol.prototype.valueOf],
};
const boxedTypes = Object.values(boxedTypeByTag);

// The valueOf of the boxed primitive's type, or undefined for an object that is not one.
function boxedKind(value, tag) {
  const likely = boxedTypeByTag[tag];
  if (likely !== undefined && likely[0](value)) return likely[1];
  for (const type of boxedTypes) {
    if (type !== likely && type[0](value)) return type[1];
  }
  return undefined;
}

// Which built-in kind of object a value is, in node's order of checks. The tag names the likely
// kind, confirmed by a brand check, so that the usual case costs one check: a failed brand
// check throws, which is slow here. Values whose tag was changed with Symbol.toStringTag go
// through every check.
const kindChecks = {
  date: isDate,
  regexp: isRegExp,
  view: (v) => ArrayBuffer.isView(v),
  set: isSet,
  map: isMap,
  buffer: isAnyArrayBuffer,
  error: isError,
  boxed: (v, tag) => boxedKind(v, tag) !== undefined,
};
const kindOrder = Object.keys(kindChecks);
const kindByTag = {
  '[object Date]': 'date',
  '[object RegExp]': 'regexp',
  '[object DataView]': 'view',
  '[object Set]': 'set',
  '[object Map]': 'map',
  '[object ArrayBuffer]': 'buffer',
  '[object SharedArrayBuffer]': 'buffer',
  '[object Error]': 'error',
};
for (const tag of Object.keys(boxedTypeByTag)) kindByTag[tag] = 'boxed';
for (const name of ['Int8', 'Uint8', 'Uint8Clamped', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32',
  'Float64', 'BigInt64', 'BigUint64']) {
  kindByTag[`[object ${name}Array]`] = 'view';
}

function builtinKind(value, tag) {
  const likely = kindByTag[tag];
  if (likely !== undefined && kindChecks[likely](value, tag)) return likely;
  for (const kind of kindOrder) {
    if (kind !== likely && kindChecks[kind](value, tag)) return kind;
  }
  return null;
}

function isArrayIndex(key) {
  if (key === '0') return true;
  if (!/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

// Own enumerable keys of an array or typed array that are not indices; symbols count only in
// strict mode. Index keys come first, in order, so a dense value without extra keys is
// recognized without testing each key.
function ownNonIndexKeys(value, strict) {
  const names = Object.keys(value);
  const { length } = value;
  const dense = names.length === length && (length === 0 || names[length - 1] === `${length - 1}`);
  const keys = dense ? [] : names.filter((key) => !isArrayIndex(key));
  if (strict) {
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (propertyIsEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Same byte length and the same elements by ===. Given byte views this compares bytes; given
// float arrays (loose mode) it compares values, so 0 equals -0 and NaN equals nothing.
function sameElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBoxedPrimitive(a, b, tag) {
  const kind = boxedKind(a, tag);
  if (kind !== boxedKind(b, tag)) return false;
  return Object.is(kind.call(a), kind.call(b));
}

// The stack is left out: two otherwise identical errors made at different places are equal.
// The usually non-enumerable name, message, cause and errors are compared here unless they
// are enumerable on both sides (then they are compared with the other own keys).
function sameErrorFields(a, b, strict, memos) {
  for (const key of ['message', 'name', 'cause', 'errors']) {
    const enumerable = propertyIsEnumerable(a, key);
    if (enumerable !== propertyIsEnumerable(b, key)) return false;
    if (enumerable) continue;
    const same = key === 'message' || key === 'name'
      ? a[key] === b[key]
      : innerDeepEqual(a[key], b[key], strict, memos);
    if (!same) return false;
  }
  return true;
}

function isDeepEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kLoose, undefined);
}

function isDeepStrictEqual(actual, expected, skipPrototype = false) {
  return innerDeepEqual(actual, expected, skipPrototype ? kStrictSkipPrototype : kStrict, undefined);
}

function isPartialStrictEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kPartial, undefined);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (strict === kStrict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectTag(a);
  if (tag !== objectTag(b)) return false;
  return sameObjects(a, b, strict, memos, tag);
}

// Objects with the same tag (and, in strict mode, the same prototype).
function sameObjects(a, b, strict, memos, tag) {
  const partial = strict === kPartial;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (partial ? a.length < b.length : a.length !== b.length)) return false;
    if (partial) return sameKeysAndEntries(a, b, strict, memos, kArrayEntries, ownNonIndexKeys(b, strict));
    const keys = ownNonIndexKeys(a, strict);
    if (keys.length !== ownNonIndexKeys(b, strict).length) return false;
    return sameKeysAndEntries(a, b, strict, memos, kArrayEntries, keys);
  }
  if (tag === '[object Object]') {
    return sameKeysAndEntries(a, b, strict, memos, kPlainObject);
  }
  const kind = builtinKind(a, tag);
  if (builtinKind(b, tag) !== kind) return false;
  switch (kind) {
    case 'date':
      if (dateGetTime.call(a) !== dateGetTime.call(b)) return false;
      break;
    case 'regexp':
      if (!sameRegExp(a, b)) return false;
      break;
    case 'view': {
      if (typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
      if (partial) {
        if (!isSubsequence(a, b)) return false;
        return sameKeysAndEntries(a, b, strict, memos, kPlainObject, ownNonIndexKeys(b, strict));
      }
      const looseFloats = !strict && (isFloat32Array(a) || isFloat64Array(a));
      if (!(looseFloats ? sameElements(a, b) : sameElements(bytesOf(a), bytesOf(b)))) return false;
      const keys = ownNonIndexKeys(a, strict);
      if (keys.length !== ownNonIndexKeys(b, strict).length) return false;
      return sameKeysAndEntries(a, b, strict, memos, kPlainObject, keys);
    }
    case 'set':
      if (partial ? a.size < b.size : a.size !== b.size) return false;
      return sameKeysAndEntries(a, b, strict, memos, kSetEntries);
    case 'map':
      if (partial ? a.size < b.size : a.size !== b.size) return false;
      return sameKeysAndEntries(a, b, strict, memos, kMapEntries);
    case 'buffer':
      if (partial ? !isSubsequence(new Uint8Array(a), new Uint8Array(b))
        : !sameElements(new Uint8Array(a), new Uint8Array(b))) return false;
      break;
    case 'error':
      if (!sameErrorFields(a, b, strict, memos)) return false;
      break;
    case 'boxed':
      if (!sameBoxedPrimitive(a, b, tag)) return false;
      break;
  }
  return sameKeysAndEntries(a, b, strict, memos, kPlainObject);
}

// Compares own enumerable keys (given as `keys` for arrays and typed arrays, whose index keys
// are compared as entries), then the entries, guarding against cycles.
function sameKeysAndEntries(a, b, strict, memos, entries, keys) {
  if (strict === kPartial) return samePartialKeysAndEntries(a, b, memos, entries, keys);
  const keysGiven = keys !== undefined;
  if (!keysGiven) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
  }
  for (const key of keys) {
    if (!propertyIsEnumerable(b, key)) return false;
  }
  if (strict && !keysGiven) {
    const symbolKeys = sameEnumerableSymbols(a, b);
    if (symbolKeys === null) return false;
    keys = keys.concat(symbolKeys);
  }

  if (keys.length === 0 &&
      (entries === kPlainObject || (entries === kArrayEntries && a.length === 0) || a.size === 0)) {
    return true;
  }

  return compareGuardingCycles(a, b, strict, keys, memos, entries);
}

// Partial mode: the own enumerable keys of `b` (given for arrays and typed arrays: the ones
// that are not indices), each an own enumerable key of `a`.
function samePartialKeysAndEntries(a, b, memos, entries, keys) {
  if (keys === undefined) {
    keys = Object.keys(b);
    for (const symbol of Object.getOwnPropertySymbols(b)) {
      if (propertyIsEnumerable(b, symbol)) keys.push(symbol);
    }
  }
  for (const key of keys) {
    if (!propertyIsEnumerable(a, key)) return false;
  }
  if (keys.length === 0 && (entries === kPlainObject || (entries === kArrayEntries ? b.length : b.size) === 0)) {
    return true;
  }
  return compareGuardingCycles(a, b, kPartial, keys, memos, entries);
}

// Whether the elements of `b` appear in `a` in the same order (compared with Object.is).
function isSubsequence(a, b) {
  let from = 0;
  for (let i = 0; i < b.length; i++) {
    while (from < a.length && !Object.is(a[from], b[i])) from++;
    if (from === a.length) return false;
    from++;
  }
  return true;
}

// Cycle detection, kept cheap for acyclic values as node does: the outermost pair and one
// nested pair are remembered in fields; below that, a Set holds the objects of both sides on
// the current path (plus those two pairs, which stay in it). A pair whose objects are both
// already there counts as equal, a pair with only one of them there as unequal (node 22+). A pair that compared unequal stays in the Set unless a Set or
// Map entry search is under way (`forgetFailures`), where failures are expected and retried.
function compareGuardingCycles(a, b, strict, keys, memos, entries) {
  if (memos === undefined) {
    memos = {
      path: undefined, rootA: a, rootB: b, nestedA: undefined, nestedB: undefined,
      inNested: false, forgetFailures: false,
    };
    return sameEntries(a, b, strict, keys, memos, entries);
  }
  if (memos.path === undefined) {
    if (!memos.inNested) {
      // Back at the outermost pair: equal when both sides came back to it together.
      if (memos.rootA === a) return memos.rootB === b;
      if (memos.rootB === b) return false;
      memos.nestedA = a;
      memos.nestedB = b;
      memos.inNested = true;
      const equal = sameEntries(a, b, strict, keys, memos, entries);
      memos.inNested = false;
      return equal;
    }
    memos.path = new Set([memos.rootA, memos.rootB, memos.nestedA, memos.nestedB]);
  }
  const { path } = memos;
  // Both already on the path: the same cycle on both sides. Only one: their shapes differ.
  const seenA = path.has(a);
  const seenB = path.has(b);
  if (seenA || seenB) return seenA && seenB;
  path.add(a);
  path.add(b);
  const equal = sameEntries(a, b, strict, keys, memos, entries);
  if (equal || memos.forgetFailures) {
    path.delete(a);
    path.delete(b);
  }
  return equal;
}

// The own enumerable symbol keys of `a` if `b` has exactly the same ones, else null.
function sameEnumerableSymbols(a, b) {
  const symbols = [];
  for (const key of Object.getOwnPropertySymbols(a)) {
    const enumerable = propertyIsEnumerable(a, key);
    if (enumerable !== propertyIsEnumerable(b, key)) return null;
    if (enumerable) symbols.push(key);
  }
  let countB = 0;
  for (const key of Object.getOwnPropertySymbols(b)) {
    if (propertyIsEnumerable(b, key)) countB++;
  }
  return countB === symbols.length ? symbols : null;
}

function sameEntries(a, b, strict, keys, memos, entries) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (strict === kPartial) {
    if (entries === kArrayEntries) return partialArrayEntries(a, b, memos);
    if (entries === kSetEntries) return partialSetEntries(a, b, memos);
    if (entries === kMapEntries) return partialMapEntries(a, b, memos);
    return true;
  }
  if (entries === kArrayEntries) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        return sameSparseArrays(a, b, strict, memos, i);
      }
    }
    return true;
  }
  if (entries === kSetEntries) return sameSetEntries(a, b, strict, memos);
  if (entries === kMapEntries) return sameMapEntries(a, b, strict, memos);
  return true;
}

// Each element of `b` partially equal to a later element of `a` than the previous one matched;
// holes in `b` ask for nothing and holes in `a` match nothing.
function partialArrayEntries(a, b, memos) {
  let from = 0;
  for (let i = 0; i < b.length; i++) {
    if (!hasOwn(b, i)) continue;
    while (from < a.length && !(hasOwn(a, from) && innerDeepEqual(a[from], b[i], kPartial, memos))) {
      from++;
      if (a.length - from < b.length - i) return false;
    }
    if (from === a.length) return false;
    from++;
  }
  return true;
}

// Every value of `b` in `a`: a primitive by identity, an object partially equal to a distinct
// object of `a`.
function partialSetEntries(a, b, memos) {
  let candidates = null;
  for (const value of b) {
    if (typeof value !== 'object' || value === null) {
      if (!a.has(value)) return false;
      continue;
    }
    if (a.has(value)) continue;
    candidates ??= new Set([...a].filter((item) => typeof item === 'object' && item !== null));
    if (!takeEqual(candidates, value, kPartial, memos)) return false;
  }
  return true;
}

// Every entry of `b` in `a`: a primitive key with a partially equal item, an object key
// partially equal to a distinct object key of `a` whose item is partially equal too.
function partialMapEntries(a, b, memos) {
  let candidates = null;
  for (const [key, item] of b) {
    if ((typeof key !== 'object' || key === null) || a.has(key)) {
      if (!a.has(key) || !innerDeepEqual(a.get(key), item, kPartial, memos)) return false;
      continue;
    }
    candidates ??= new Set([...a.keys()].filter((k) => typeof k === 'object' && k !== null));
    if (!takeEqualEntry(candidates, a, key, item, kPartial, memos)) return false;
  }
  return true;
}

// Once a hole is met, the remaining keys of the sparse array are compared by name. Like node,
// this walks Object.keys(a) from the hole's position in the index space.
function sameSparseArrays(a, b, strict, memos, from) {
  const keysA = Object.keys(a);
  for (let i = from; i < keysA.length; i++) {
    const key = keysA[i];
    if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return keysA.length === Object.keys(b).length;
}

// Which primitive a loose comparison could still find under another guise: `true` means any
// value may match (numbers and numeric strings), `false` none, null/undefined the one other
// primitive that == the given one.
function looseAlternative(primitive) {
  switch (typeof primitive) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+primitive);
    case 'number':
      return !Number.isNaN(primitive);
  }
  return true;
}

function setMayHaveLoosePrimitive(a, b, primitive) {
  const alternative = looseAlternative(primitive);
  if (alternative != null) return alternative;
  return b.has(alternative) && !a.has(alternative);
}

function mapMayHaveLoosePrimitive(a, b, primitive, item, memos) {
  const alternative = looseAlternative(primitive);
  if (alternative != null) return alternative;
  const itemB = b.get(alternative);
  if ((itemB === undefined && !b.has(alternative)) || !innerDeepEqual(item, itemB, kLoose, memos)) {
    return false;
  }
  return !a.has(alternative) && innerDeepEqual(item, itemB, kLoose, memos);
}

// Removes from `candidates` the first one deep-equal to `value`; false if there is none.
function takeEqual(candidates, value, strict, memos) {
  return searchEntries(memos, () => {
    for (const candidate of candidates) {
      // partial mode is one-sided: the candidate (from actual) comes first
      const equal = strict === kPartial ? innerDeepEqual(candidate, value, strict, memos)
        : innerDeepEqual(value, candidate, strict, memos);
      if (equal) {
        candidates.delete(candidate);
        return true;
      }
    }
    return false;
  });
}

// Runs a search among Set or Map entries, where failed comparisons must not leave their
// objects on the cycle-detection path.
function searchEntries(memos, search) {
  const { forgetFailures } = memos;
  memos.forgetFailures = true;
  try {
    return search();
  } finally {
    memos.forgetFailures = forgetFailures;
  }
}

function sameSetEntries(a, b, strict, memos) {
  // Values of `a` that `b` does not hold by identity, to be matched by deep equality.
  let unmatched = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      unmatched ??= new Set();
      unmatched.add(value);
    } else if (!b.has(value)) {
      if (strict || !setMayHaveLoosePrimitive(a, b, value)) return false;
      unmatched ??= new Set();
      unmatched.add(value);
    }
  }
  if (unmatched === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqual(unmatched, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqual(unmatched, value, strict, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

// Removes from `keys` the first key of `map` deep-equal to `key` whose item is deep-equal to
// `item`; all such keys are tried, not just the first equal one.
function takeEqualEntry(keys, map, key, item, strict, memos) {
  return searchEntries(memos, () => {
    for (const candidate of keys) {
      const equal = strict === kPartial
        ? innerDeepEqual(candidate, key, strict, memos) && innerDeepEqual(map.get(candidate), item, strict, memos)
        : innerDeepEqual(key, candidate, strict, memos) && innerDeepEqual(item, map.get(candidate), strict, memos);
      if (equal) {
        keys.delete(candidate);
        return true;
      }
    }
    return false;
  });
}

function sameMapEntries(a, b, strict, memos) {
  let unmatched = null;
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      unmatched ??= new Set();
      unmatched.add(key);
      continue;
    }
    const itemB = b.get(key);
    if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(item, itemB, strict, memos)) {
      if (strict || !mapMayHaveLoosePrimitive(a, b, key, item, memos)) return false;
      unmatched ??= new Set();
      unmatched.add(key);
    }
  }
  if (unmatched === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(unmatched, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, kLoose, memos)) &&
               !takeEqualEntry(unmatched, a, key, item, kLoose, memos)) {
      return false;
    }
  }
  return unmatched.size === 0;
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual };
