'use strict';
// mock.property (reads and writes recorded, values swapped, restore, node's errors) and mock.fn of a
// class (new builds on the original, the call's target and this), restore of a mock.fn.
const { mock } = require('node:test');
const obj = {}; Object.defineProperty(obj, 'bar', { value: 1, writable: false, configurable: true, enumerable: true });
const p = mock.property(obj, 'bar', 2);
try { obj.bar = 3 } catch (e) { console.log(e.code, e.message) }
try { mock.property({}, 'nope', 1) } catch (e) { console.log(e.code, e.message) }
try { mock.property(null, 'nope', 1) } catch (e) { console.log(e.code, e.message) }
try { mock.property({a:1}, 5, 1) } catch (e) { console.log(e.code, e.message) }
console.log(p === obj, typeof p, Object.keys(p), Object.getOwnPropertyDescriptor(obj, 'bar'), p.mock.accesses);
try { p.mock.mockImplementationOnce(1, -1) } catch (e) { console.log(e.code, e.message) }
class Point { constructor(x) { this.x = x; } }
const Ctor = mock.fn(Point);
const point = new Ctor(5);
const c = Ctor.mock.calls[0];
console.log(point.x, c.target === Ctor, c.target === Point, point instanceof Point, point instanceof Ctor, c.this === point, c.result === point, Ctor.name, Object.getOwnPropertyNames(Ctor));
const f = mock.fn(function named(a) { return a; });
console.log(f.name, f.length, Object.keys(f), 'mock' in f, f.hasOwnProperty('mock'), typeof f.mock);
const impl = mock.fn(Point, function Other(x) { this.y = x; });
const q = new impl(3); console.log(q.y, q.x, q instanceof Point, impl.mock.calls[0].target === impl);
const counter = { n: 1 };
const n = mock.property(counter, 'n', 2);
n.mock.mockImplementationOnce(10);
console.log(counter.n, counter.n, n.mock.accesses.map((a) => `${a.type}:${a.value}`));
counter.n = 7;
n.mock.resetAccesses();
console.log(counter.n, n.mock.accessCount());
n.mock.restore();
console.log(counter.n, Object.getOwnPropertyDescriptor(counter, 'n'));
const sum = mock.fn((a, b) => a + b, (a, b) => a - b);
console.log(sum(5, 3), sum.mock.restore(), sum(5, 3), sum.mock.callCount());
const frozen = {};
Object.defineProperty(frozen, 'method', { value() {}, configurable: false });
try { mock.method(frozen, 'method'); } catch (e) { console.log(e.name, e.message); }
