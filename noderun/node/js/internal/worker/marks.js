'use strict';
// The marks a program (or node itself) puts on objects for structured clone: markAsUntransferable
// (such an object in a transfer list is refused: node's Buffer pool carries it) and
// markAsUncloneable (a plain object or error so marked cannot be cloned). Node keeps both in one
// private symbol; here they are two WeakSets, which no property lookup or key listing can see.
// Blobs are marked too: structured clone copies them as Blobs (and Files as Files).
// A leaf module: buffer.js marks its pool at start-up without loading the messaging code.

const untransferable = new WeakSet();
const blobs = new WeakSet();   // Blobs and Files, which structured clone copies as such (node's host objects)
const uncloneable = new WeakSet();
// Node's host objects that structured clone carries as themselves (a BlockList, a SocketAddress:
// node's JSTransferable clones): `object[kClone]()` gives { data, deserializeInfo: 'module:name' },
// and the receiving side rebuilds the object with `require(module)[name](data)`.
const cloneables = new WeakSet();
const kClone = Symbol('kClone');
let anyUncloneable = false;   // lets the clone's hot paths skip the lookup until a first mark

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function markAsUntransferable(object) {
  if (isObjectLike(object)) untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return isObjectLike(object) && untransferable.has(object);
}

function markAsUncloneable(object) {
  if (!isObjectLike(object)) return;
  uncloneable.add(object);
  anyUncloneable = true;
}

function isMarkedUncloneable(object) {
  return anyUncloneable && uncloneable.has(object);
}

// Whether markAsUncloneable ever marked anything (until then no object needs the lookup).
function anyMarkedUncloneable() {
  return anyUncloneable;
}

function markAsBlob(blob) {
  blobs.add(blob);
}

function isBlobObject(value) {
  return blobs.has(value);
}

function markAsCloneable(object) {
  cloneables.add(object);
}

function isCloneableObject(value) {
  return cloneables.has(value);
}

module.exports = {
  markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable, isMarkedUncloneable, anyMarkedUncloneable,
  markAsBlob, isBlobObject,
  markAsCloneable, isCloneableObject, kClone,
};
