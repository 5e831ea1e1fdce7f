'use strict';
// every util.types predicate over a range of values: each line lists the predicates that hold
const types = require('util/types');

function* gen() {}
async function* agen() {}
const args = (function () { return arguments; })(1, 2);
const map = new Map([[1, 2]]);
const set = new Set([1]);
const values = [
  ['undefined', undefined],
  ['null', null],
  ['number', 1],
  ['string', 's'],
  ['boolean', true],
  ['bigint', 1n],
  ['symbol', Symbol('s')],
  ['plain object', {}],
  ['array', [1, 2]],
  ['function', function f() {}],
  ['arrow', () => {}],
  ['class', class K {}],
  ['async function', async function af() {}],
  ['async arrow', async () => {}],
  ['generator function', gen],
  ['async generator function', agen],
  ['generator object', gen()],
  ['async generator object', agen()],
  ['promise', Promise.resolve(1)],
  ['thenable', { then() {} }],
  ['regexp', /a/g],
  ['RegExp.prototype', RegExp.prototype],
  ['date', new Date(0)],
  ['invalid date', new Date(NaN)],
  ['map', map],
  ['set', set],
  ['weakmap', new WeakMap()],
  ['weakset', new WeakSet()],
  ['weakref', new WeakRef({})],
  ['map iterator', map.entries()],
  ['map keys', map.keys()],
  ['set iterator', set.values()],
  ['array iterator', [][Symbol.iterator]()],
  ['string iterator', ''[Symbol.iterator]()],
  ['arraybuffer', new ArrayBuffer(4)],
  ['sharedarraybuffer', new SharedArrayBuffer(4)],
  ['dataview', new DataView(new ArrayBuffer(4))],
  ['uint8array', new Uint8Array(2)],
  ['float64array', new Float64Array(2)],
  ['bigint64array', new BigInt64Array(2)],
  ['error', new Error('e')],
  ['typeerror', new TypeError('e')],
  ['error subclass', new (class MyError extends Error {})('e')],
  ['error-like object', { name: 'Error', message: 'x', stack: '' }],
  ['Number object', new Number(1)],
  ['String object', new String('s')],
  ['Boolean object', new Boolean(false)],
  ['BigInt object', Object(1n)],
  ['Symbol object', Object(Symbol('s'))],
  ['Number.prototype', Number.prototype],
  ['arguments', args],
  ['proxy of function', new Proxy(function () {}, {})],
  ['Math', Math],
  ['JSON', JSON],
  ['globalThis', globalThis],
];

const predicates = Object.keys(types).filter((name) => name !== 'isProxy');
for (const [label, value] of values) {
  const hits = predicates.filter((name) => types[name](value) === true);
  const nonBoolean = predicates.filter((name) => typeof types[name](value) !== 'boolean');
  console.log(`${label}: ${hits.join(' ') || '-'}${nonBoolean.length ? ` NON-BOOLEAN ${nonBoolean}` : ''}`);
}
console.log('no-argument calls:', predicates.filter((name) => types[name]() !== false).join(' ') || 'all false');
