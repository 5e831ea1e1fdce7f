// dir ignores custom inspect functions and takes inspect options.
const { inspect } = require('util');
const custom = { a: 1, [inspect.custom]() { return 'CUSTOM'; } };
console.log(custom);
console.dir(custom);
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir([1, 2, 3], { showHidden: true });
console.dir('a string');
console.dir({ s: 'str' }, { colors: true });
console.dir(5, 'ignored extra', 'args');
console.dir(undefined);
console.dir({ z: 1, a: 2 }, { sorted: true, compact: false });
