// How diffs show getters, Maps, multi-line strings, special values, keys, classes and functions.
const assert = require('assert');

function printMessage(fn) {
  try {
    fn();
    console.log('passed');
  } catch (err) {
    console.log(err.message);
  }
}

printMessage(() => assert.deepStrictEqual({ get a() { return 1; }, b: 2 }, { a: 1, b: 3 }));
printMessage(() => assert.deepStrictEqual(new Map([['z', 1], ['a', { x: [1, 2] }]]), new Map([['a', { x: [1, 3] }], ['z', 1]])));
printMessage(() => assert.deepStrictEqual({ s: `${'a'.repeat(100)}\nline2\n` }, { s: 'b' }));
printMessage(() => assert.deepStrictEqual([new Date(0), /x/g, null, undefined, 1n, Symbol('q')], []));
printMessage(() => assert.deepStrictEqual({ [Symbol('k')]: 1, 'a-b': 2, 3: 4 }, {}));
class Foo { constructor() { this.x = 1; } }
printMessage(() => assert.deepStrictEqual(new Foo(), { x: 1 }));
printMessage(() => assert.deepStrictEqual(Object.create(null), {}));
printMessage(() => assert.deepStrictEqual(new Set([{ a: 1 }, [2]]), new Set()));
printMessage(() => assert.deepStrictEqual(new Uint8Array(3), new ArrayBuffer(3)));
printMessage(() => assert.deepStrictEqual({ f() {}, g: class A {}, h: () => {} }, {}));
