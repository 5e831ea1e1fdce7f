// util.format: every specifier, missing and extra arguments, %%.
const util = require('util');
const f = util.format;
console.log(f('%s is %d years and %i, %f, %j %o %O %%', 'Bob', 42.5, 42.5, '1.5', { j: 1 }, { o: [1] }, { O: 1 }));
console.log(f('%s', 'str'), f('%s', 5), f('%s', -0), f('%s', 5n), f('%s', null), f('%s', undefined), f('%s', Symbol('s')));
console.log(f('%s', { a: { b: { c: 1 } } }), f('%s', [1, [2, [3]]]), f('%s', new Date(0)), f('%s', new Error('em').message));
console.log(f('%s', { toString() { return 'custom toString'; } }), f('%s', new (class A { toString() { return 'class toString'; } })()));
console.log(f('%s', new (class B {})()), f('%s', Object.create(null)), f('%s', function fn() {}), f('%s', () => 1));
console.log(f('%s', new Map([[1, 2]])), f('%s', [1, 'a']), f('%s', new Set()), f('%s', /r/));
console.log(f('%d', '42'), f('%d', 'abc'), f('%d', 1.9), f('%d', -0), f('%d', 10n), f('%d', Symbol('x')), f('%d', {}), f('%d', []), f('%d', null));
console.log(f('%i', '42.9'), f('%i', -1.9), f('%i', 10n), f('%i', Symbol('x')), f('%i', 'x'), f('%i', 1e21));
console.log(f('%f', '1.5abc'), f('%f', 'abc'), f('%f', Symbol('x')), f('%f', 10n), f('%f', -0));
console.log(f('%j', { a: [1, 'b'] }), f('%j', 'str'), f('%j', undefined), f('%j', () => {}));
const circ = {};
circ.self = circ;
console.log(f('%j', circ));
console.log(f('%j', { toJSON() { return 'from toJSON'; } }));
console.log(f('%o', { a: [1, 2], f() {} }));
console.log(f('%o', [1, { deep: { deeper: { deepest: { bottom: 1 } } } }]));
console.log(f('%O', { a: { b: { c: { d: 1 } } } }));
console.log(f('%c styled %c', 'color: red', 'x'), f('%c'), f('a%cb', 'css'));
console.log(f('%%'), f('%% %s', 'x'), f('100%'), f('%'), f('%x', 1), f('%s%s', 'a'), f('%s %s', 'only'));
console.log(f('no specifiers', 'extra', 1, { o: 1 }), f('%s', 'a', 'b', 'c'));
console.log(f(1, 2, 'three'), f({ a: 1 }, 'str'), f(), f(''), f('%s'), f(null, '%s'));
console.log(f('%s:%s', 'a', 'b', 'c'), f('%d%%', 50), f('%%s', 1), f('%s%%%s', 1, 2));
console.log(f('%s', 'multi\nline'), f(['%s'], 'x'));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
for (const bad of [null, 'str', 1, () => {}]) {
  try { util.formatWithOptions(bad, 'x'); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(util.formatWithOptions([], 'array ok'));
