'use strict';
// mock.fn / mock.method / mock.getter / mock.setter: calls recorded with arguments, result, error,
// this and target; implementations swapped for all calls or for one; restore, reset; bad input.
const { mock } = require('node:test');

const sum = mock.fn((a, b) => a + b);
console.log(sum(1, 2), sum(3, 4), sum.mock.callCount(), sum.name, sum.length);
console.log(sum.mock.calls.map((c) => [c.arguments, c.result, c.error, c.this]));
sum.mock.mockImplementationOnce((a, b) => a * b);
sum.mock.mockImplementationOnce(() => 'fourth', 3);
console.log(sum(3, 4), sum(3, 4), sum(3, 4), sum(3, 4));
sum.mock.mockImplementation(() => { throw new Error('nope'); });
try { sum(); } catch (e) { console.log('threw', e.message, sum.mock.calls.at(-1).error === e); }
sum.mock.resetCalls();
console.log('after resetCalls', sum.mock.callCount());

const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
console.log(limited(), limited(), limited());

class Point { constructor(x) { this.x = x; } }

const empty = mock.fn();
console.log(empty(1), empty.mock.calls[0].arguments);

const obj = {
  value: 10,
  get doubled() { return this.value * 2; },
  set doubled(v) { this.value = v / 2; },
  add(n) { return this.value + n; },
};
const add = mock.method(obj, 'add');
console.log(obj.add(5), add.mock.calls[0].this === obj, obj.add === add);
mock.method(obj, 'add', () => 'replaced');
console.log(obj.add(1));
const get = mock.getter(obj, 'doubled', () => 99);
console.log(obj.doubled, get.mock.callCount());
const set = mock.setter(obj, 'doubled', function(v) { this.value = v; });
obj.doubled = 7;
console.log(obj.value, set.mock.calls[0].arguments);
mock.restoreAll();
console.log(obj.add(1), obj.doubled, Object.keys(obj));

const onProto = new Point(1);
Point.prototype.norm = function() { return Math.abs(this.x); };
const norm = mock.method(onProto, 'norm', () => 'mocked norm');
console.log(onProto.norm(), Object.hasOwn(onProto, 'norm'));
norm.mock.restore();
console.log(onProto.norm(), Object.hasOwn(onProto, 'norm'));

mock.method(Math, 'random', () => 0.5);
console.log(Math.random());
mock.reset();
console.log(Math.random() !== 0.5);

for (const bad of [
  () => mock.fn(1),
  () => mock.fn(() => {}, 'x'),
  () => mock.fn({ times: 0 }),
  () => mock.method(null, 'x'),
  () => mock.method({}, 1),
  () => mock.method({}, 'missing'),
  () => mock.method({ a: 1 }, 'a'),
  () => mock.method(obj, 'add', { getter: true, setter: true }),
  () => mock.getter(obj, 'add'),
  () => mock.getter(obj, 'doubled', { getter: false }),
  () => sum.mock.mockImplementation(1),
  () => sum.mock.mockImplementationOnce(() => {}, -1),
]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
