// console.table for arrays, objects, Maps, Sets, primitives, and the properties filter.
console.table([{ a: 1, b: 'xx' }, { a: 22, c: [1, 2, 3, 4] }]);
console.table([1, 'a', { x: 1 }]);
console.table(new Map([['k', { v: 1 }], [{ obj: 1 }, 'value']]));
console.table(new Set([1, 'two', [3]]));
console.table({ r1: { c: 1 }, r2: { c: 2 } }, ['c', 'd']);
console.table({ r1: { c: 1 }, r2: { c: 2, e: 3 } });
console.table([[1, 2], [3, 4, 5]]);
console.table([{ name: 'Ünïcödé', wide: '中文字' }, { name: 'plain' }]);
console.table([{ nested: { a: 1, b: 2 } }, { nested: { a: 1, b: 2, c: 3 } }]);
console.table([{ fn() {}, sym: Symbol('s'), big: 10n, nul: null, undef: undefined }]);
console.table([]);
console.table({});
console.table([1, 2], []);
console.table([{ a: 1 }, 'prim'], ['a']);
console.table(5);
console.table('string');
console.table(null);
console.table(undefined, ['x']);
try {
  console.table([], 'x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.table([{ 'long key name here': 'v' }]);
console.table({ a: [1, 2, 3, 4, 5] });
