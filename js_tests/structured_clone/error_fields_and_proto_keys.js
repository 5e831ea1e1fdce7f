// What V8 keeps of an error (name by its string, message as a string, an own data cause cloned
// and checked), own "__proto__" keys kept as data in every path, and DataCloneError texts for
// what an error's cause holds
const { Worker } = require('worker_threads');
const own = (object, key) => Object.getOwnPropertyDescriptor(object, key)?.value;

function show(label, make) {
  try {
    const clone = structuredClone(make());
    console.log(label, Object.prototype.toString.call(clone), Object.getPrototypeOf(clone)?.constructor?.name,
      JSON.stringify(own(clone, 'message')), typeof own(clone, 'cause'));
    return clone;
  } catch (error) {
    console.log(label, 'throws', error.name, error.message);
  }
}

for (const message of [42, { a: 1 }, [1, 2], null, undefined, true, 10n, { toString: () => 'custom' }]) {
  show(`message ${typeof message}`, () => Object.assign(new Error('x'), { message }));
}
show('message getter', () => Object.defineProperty(new Error('x'), 'message', { get: () => 'g' }));
show('message symbol', () => Object.assign(new Error('x'), { message: Symbol('q') }));
show('named TypeError', () => Object.assign(new Error('x'), { name: 'TypeError' }));
show('TypeError named Foo', () => Object.assign(new TypeError('x'), { name: 'Foo' }));
show('subclass', () => new (class MyError extends RangeError {})('m'));
show('cause getter', () => Object.defineProperty(new Error('x'), 'cause', { get: () => 1 }));
const self = new Error('self');
self.cause = self;
const selfClone = show('own cause', () => self);
console.log('cause is itself', selfClone.cause === selfClone);

const uncloneable = [Symbol('s'), new Proxy({}, {}), function foo() { return 1; }, class K {}, new WeakMap(), { f: () => 1 }];
for (const cause of uncloneable) show('cause', () => new Error('x', { cause }));
show('boxed symbol', () => Object(Symbol('b')));

const protoKey = JSON.parse('{"__proto__": {"a": 1}, "b": 2}');
const withError = structuredClone([protoKey, new Error('e'), new (class Point { constructor() { this.x = 1; } })()]);
console.log('proto key', Object.keys(withError[0]), Object.getPrototypeOf(withError[0]) === Object.prototype, own(withError[0], '__proto__'));
const cyclic = {};
Object.defineProperty(cyclic, '__proto__', { value: cyclic, enumerable: true, writable: true, configurable: true });
const cyclicClone = structuredClone([cyclic, new Error('x')])[0];
console.log('proto key cycle', own(cyclicClone, '__proto__') === cyclicClone, Object.getPrototypeOf(cyclicClone) === Object.prototype);
const sparse = [1, , 3];
Object.defineProperty(sparse, '__proto__', { value: 'data', enumerable: true, writable: true, configurable: true });
const sparseClone = structuredClone(sparse);
console.log('array proto key', Array.isArray(sparseClone), own(sparseClone, '__proto__'), 1 in sparseClone);

const worker = new Worker(`require('worker_threads').parentPort.on('message', (m) => {
  require('worker_threads').parentPort.postMessage(m);
})`, { eval: true });
worker.once('message', ([error, proto]) => {
  console.log('echo', Object.prototype.toString.call(error), error.constructor.name, JSON.stringify(error.message), own(proto, '__proto__'));
  worker.terminate();
});
worker.postMessage([Object.assign(new Error('x'), { message: 7, name: 'RangeError' }), protoKey]);
