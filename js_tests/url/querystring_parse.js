// querystring.parse: repeated keys, empty pairs, '+', decoding only of valid escapes, custom
// separators, maxKeys and a custom decoder.
const qs = require('querystring');
console.log(qs.parse('a=1&a=2&b&=c&&d=%zz&e=%41+x&f+g=h'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a==b&&c', '&&', '=='));
console.log(qs.parse('a=b=c&x=%E9&y=%C3%A9&__proto__=1&toString=2&=&a=='));
console.log(qs.parse('a[]=1&a[]=2&q=%2B+%2b'), qs.parse('x'), qs.parse('x&'), qs.parse('&'), qs.parse(5), qs.parse(''));
console.log(qs.parse('a=1&b=2&c=3', '&', '=', { maxKeys: 2 }), qs.parse('&&a=1', '&', '=', { maxKeys: 2 }));
console.log(Object.keys(qs.parse('k1&k2&k3&k4', null, null, { maxKeys: 0 })).length);
console.log(qs.parse('a=%41+b', '&', '=', { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.parse('k=v', undefined, undefined, { decodeURIComponent: () => { throw new Error('x'); } }));
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(many)).length);
