// Symbol values and symbol keys, ordering of string, integer and symbol keys.
const { inspect } = require('util');
const s1 = Symbol('one');
const obj = { b: 1, [s1]: 'sym', 2: 'two', a: 2, 1: 'one', [Symbol.for('reg')]: 3, [Symbol()]: 4 };
console.log(obj);
console.log(Object.defineProperty({ v: 1 }, Symbol('hidden'), { value: 1, enumerable: false }));
console.log(inspect(Object.defineProperty({ v: 1 }, Symbol('hidden'), { value: 1, enumerable: false }), { showHidden: true }));
console.log([Symbol('in array'), Symbol.asyncIterator], new Set([Symbol('in set')]));
console.log({ [Symbol('a\'quote')]: 1, [Symbol('a"b')]: 2, [Symbol('')]: 3 });
console.log(Symbol('top\ttab'), [Symbol('inner\ttab')]);
const arr = [1];
arr[Symbol('arrSym')] = 'x';
console.log(arr);
const m = new Map([[Symbol('mapKey'), Symbol('mapValue')]]);
console.log(m);
console.log(Object(Symbol('boxed')), { [Symbol.iterator]: function* () {} });
