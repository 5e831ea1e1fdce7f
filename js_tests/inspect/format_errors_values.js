// util.format with errors, class instances and values whose toString is user-defined.
const util = require('util');
const err = new Error('fmt');
err.stack = 'Error: fmt\n    at f (/x.js:1:1)';
console.log(util.format('%s', err));
console.log(util.format('%s | %s', [err], { err }));
console.log(util.format(err));
console.log(util.format('x', err));
class Temp { constructor() { this.v = 1; } }
class Named { toString() { return 'Named.toString'; } }
class Inherits extends Named {}
console.log(util.format('%s %s %s', new Temp(), new Named(), new Inherits()));
const ownToString = { toString() { return 'own'; }, a: 1 };
const notFn = { toString: 5, a: 1 };
console.log(util.format('%s %s', ownToString, notFn));
console.log(util.format('%s', Object.assign(Object.create(null), { np: 1 })));
console.log(util.format('%s', new Date(86400000)), util.format('%s', [new Date(0)]));
console.log(util.format('%s', new Map([[{ a: { b: 1 } }, 1]])), util.format('%s', new Uint8Array(3)));
console.log(util.format('%d', new Date(5)), util.format('%d', { valueOf() { return 7; } }), util.format('%d', '0x10'));
console.log(util.format('%i', '0x10'), util.format('%f', '1e3'), util.format('%i', ''), util.format('%f', []));
console.log(util.format('%s', Symbol.iterator), util.format('%s', [Symbol('a')]));
console.log(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }));
console.log(util.format('%s %s', { [Symbol.toPrimitive]: 1, a: 1 }, Object.create({ [Symbol.toPrimitive]() { return 'inherited prim'; } })));
