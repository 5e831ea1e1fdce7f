// Map, Set, WeakMap, WeakSet and their subclasses.
const { inspect } = require('util');
console.log(new Map(), new Set(), new WeakMap(), new WeakSet());
console.log(new Map([['k', 1], [{ o: 1 }, [1, 2]], [null, undefined]]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Map([[new Map([[1, 2]]), new Set([3])]]));
console.log({ m: new Map([['a', { b: { c: { d: 1 } } }]]) });
console.log(new Map(Array.from({ length: 30 }, (_, i) => ['key' + i, i])));
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(inspect(new Set(Array.from({ length: 10 }, (_, i) => i)), { maxArrayLength: 3 }));
console.log(inspect(new Map(Array.from({ length: 10 }, (_, i) => [i, i])), { maxArrayLength: 2 }));
const wm = new WeakMap([[{}, 1]]);
console.log(wm, [wm], { wm });
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet([1]), new MyMap(), new MySet());
const withProps = new Map([[1, 2]]);
withProps.extra = 'x';
console.log(withProps);
const setProps = new Set();
setProps.extra = 'y';
console.log(setProps);
const selfMap = new Map();
selfMap.set('self', selfMap);
console.log(selfMap);
const nullProtoMap = new Map([[1, 2]]);
Object.setPrototypeOf(nullProtoMap, null);
console.log(nullProtoMap);
console.log(inspect(new Map([[1, { a: 1 }]]), { depth: 0 }));
console.log([new Set([1, 2]), new Map([[3, 4]])]);
console.log(new Map([['long'.repeat(10), 'value'.repeat(10)], ['k2', 'v2']]));
