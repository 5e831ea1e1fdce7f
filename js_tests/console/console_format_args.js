// console.log argument handling: non-string first argument, substitutions, extra values.
console.log({ a: 1 }, '%s', 'not substituted');
console.log(1, '%d', 2);
console.log('%s %s', 'one');
console.log('%s', 'one', 'two', { three: 3 });
console.log('%o', { a: [1, { b: 2 }], fn() {} });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%j', { x: [1, 2] });
console.log('%c color %s', 'color: red', 'text');
console.log('%i%%', 99.9);
console.log('%f', '3.14abc');
console.log('%d %i %f', '1.5', '1.5', '1.5');
console.log('%s', Symbol('sym'), 10n, -0);
console.log('', 'empty first');
console.log('%', '%%', '%z');
console.log(['array first', '%s'], 'x');
