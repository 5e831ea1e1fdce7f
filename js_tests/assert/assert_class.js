// assert.Assert: instances with their own options (diff, strict, skipPrototype); the module's
// functions are the prototype's methods, used with the default options.
const assert = require('assert');
const util = require('util');
const { Assert } = assert;
const { report } = require('./helpers/report');

const P = Assert.prototype;
console.log(typeof Assert, Assert.length, Object.getOwnPropertyNames(P).join(' '));
console.log(assert.equal === P.equal, assert.ok === P.ok, assert.throws === P.throws, assert.fail === P.fail);
const strictOne = new Assert();
console.log(util.inspect(strictOne), strictOne.equal === P.strictEqual);
const loose = new Assert({ strict: false });
console.log(Reflect.ownKeys(loose).map(String), loose.equal === P.equal);
report('strict instance equal', () => strictOne.equal(1, '1'));
report('loose instance equal', () => loose.equal(1, '1'));
report('module equal', () => assert.equal(1, '1'));
report('invalid diff', () => new Assert({ diff: 'x' }));
report('without new', () => Assert());

const full = new Assert({ diff: 'full' });
const long = Array.from({ length: 80 }, (_, i) => i);
for (const [label, fn] of [
  ['full strictEqual', () => full.strictEqual(long, [...long])],
  ['simple strictEqual', () => assert.strictEqual(long, [...long])],
  ['full notDeepStrictEqual', () => full.notDeepStrictEqual(long, [...long])],
  ['full ok', () => full.ok(0)],
  ['full fail', () => full.fail('boom')],
  ['destructured', () => { const { strictEqual } = full; strictEqual(long, [...long]); }],
]) {
  try {
    fn();
  } catch (err) {
    console.log(label, err.diff, err.message.split('\n').length, JSON.stringify(err.message.split('\n').slice(-3)));
  }
}

class Foo { constructor(a) { this.a = a; } }
class Bar { constructor(a) { this.a = a; } }
const skipping = new Assert({ skipPrototype: true });
report('skipPrototype equal', () => skipping.deepStrictEqual(new Foo(1), new Bar(1)));
report('skipPrototype differs', () => skipping.deepStrictEqual([new Foo(1)], [new Bar(2)]));
report('prototypes compared', () => assert.deepStrictEqual(new Foo(1), new Bar(1)));
console.log(util.isDeepStrictEqual(new Foo(1), new Bar(1), { skipPrototype: true }),
  util.isDeepStrictEqual(new Foo(1), new Bar(1)), util.isDeepStrictEqual.length);
