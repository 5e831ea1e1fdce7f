// querystring.stringify: arrays repeat the key, non-finite numbers and objects become '',
// bigints and booleans are written as is, 1e21 is escaped; separators and a custom encoder.
const qs = require('querystring');
console.log(qs.stringify({ a: [1, 2], b: true, c: null, d: 1e21, e: 5n, f: NaN, g: 'x y', h: [], i: {}, j: -0 }));
console.log(qs.stringify({ w: 'a+b&c=d/é', big: 1e300, arr: ['', 'x'], '𝄞 k': 'ü€𝄞' }));
console.log(qs.stringify({ a: 'b', c: 'd' }, ';', ':'), qs.stringify({ a: 1 }, null, null));
console.log(qs.stringify({ a: 'b c', n: 1 }, '&', '=', { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify('x'), qs.stringify(null), qs.stringify([1, 2]), qs.encode === qs.stringify);
try {
  qs.stringify({ bad: '\ud800' });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
