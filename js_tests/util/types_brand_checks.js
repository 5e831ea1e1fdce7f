'use strict';
// the checks look at internal slots, not at prototypes or Symbol.toStringTag
const { types } = require('util');

const fakeDate = Object.create(Date.prototype);
const fakeMap = Object.create(Map.prototype);
const fakeRegExp = Object.create(RegExp.prototype);
const fakeBuffer = Object.create(Uint8Array.prototype);
const fakeNumber = Object.create(Number.prototype);
const fakeError = Object.create(Error.prototype);
const taggedMap = { [Symbol.toStringTag]: 'Map' };
const taggedDate = { [Symbol.toStringTag]: 'Date' };
const taggedPromise = { [Symbol.toStringTag]: 'Promise' };
const fakePromise = Object.create(Promise.prototype);
console.log('fake date', types.isDate(fakeDate), 'tagged date', types.isDate(taggedDate));
console.log('fake map', types.isMap(fakeMap), 'tagged map', types.isMap(taggedMap));
console.log('fake regexp', types.isRegExp(fakeRegExp));
console.log('fake uint8array', types.isUint8Array(fakeBuffer), types.isTypedArray(fakeBuffer), types.isArrayBufferView(fakeBuffer));
console.log('fake number', types.isNumberObject(fakeNumber), types.isBoxedPrimitive(fakeNumber));
console.log('fake error', types.isNativeError(fakeError));
console.log('fake promise', types.isPromise(fakePromise), 'tagged promise', types.isPromise(taggedPromise));

// real objects whose prototype was changed are still what they are
const d = new Date(5);
Object.setPrototypeOf(d, null);
const m = new Map();
Object.setPrototypeOf(m, Array.prototype);
const r = /x/;
Object.setPrototypeOf(r, Object.prototype);
const u = new Uint8Array(1);
Object.setPrototypeOf(u, Float32Array.prototype);
const p = Promise.resolve();
Object.setPrototypeOf(p, null);
const e = new RangeError('r');
Object.setPrototypeOf(e, Object.prototype);
console.log('date without prototype', types.isDate(d));
console.log('map with array prototype', types.isMap(m), Array.isArray(m));
console.log('regexp with object prototype', types.isRegExp(r));
console.log('uint8array with float32 prototype', types.isUint8Array(u), types.isFloat32Array(u));
console.log('promise without prototype', types.isPromise(p));
console.log('error with object prototype', types.isNativeError(e));

// Symbol.toStringTag on a real object does not hide it
const tagged = new Set();
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'NotASet' });
console.log('set with other tag', types.isSet(tagged), Object.prototype.toString.call(tagged));
const typed = new Int8Array(1);
console.log('subclass', types.isInt8Array(new (class extends Int8Array {})(1)), types.isInt8Array(typed));
class MyPromise extends Promise {}
console.log('promise subclass', types.isPromise(MyPromise.resolve(1)));
class MyMap extends Map {}
console.log('map subclass', types.isMap(new MyMap()), types.isSet(new MyMap()));
