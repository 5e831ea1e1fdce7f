// The generated message of ok() quotes the failing call from the source file.
const assert = require('assert');
const { ok } = assert;
const { report } = require('./helpers/report');

const x = 0;
const f = (v) => v;
report('member call', () => assert.ok(x));
report('direct call', () => assert(x));
report('nested call argument', () => assert.ok(f(x)));
report('destructured', () => ok(null));
report('comparison', () => assert(typeof x === 'string'));
report('two arguments', () => assert.ok(x === 1, undefined));
report('multi-line', () => assert.ok(
  x,
  undefined));
report('multi-line expression', () => {
  assert.ok(f(
    x) === 1 &&
    true);
});
report('strict.ok', () => assert.strict.ok(''));
report('parenthesized callee', () => (0, assert.ok)(x));
report('template and regexp', () => assert.ok(`a${'b'}` === 'c' || /\)/.test('a')));
report('string with parens', () => assert.ok("(" === ")"));
report('inside a method', () => {
  const o = { m() { return assert(f(f(0))); } };
  o.m();
});
