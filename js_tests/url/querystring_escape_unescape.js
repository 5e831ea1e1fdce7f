// querystring.escape/unescape/unescapeBuffer, and replacing qs.escape changes stringify.
const qs = require('querystring');
console.log(qs.escape('a b&c/d?é€😀!\'()*-._~'), qs.escape(5), qs.escape({ toString() { return 'o b'; } }), qs.escape([1, 2]));
try {
  qs.escape('\udc00');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(qs.unescape('%41+b%20c'), qs.unescape('%E9%zz+'), qs.unescape('%C3%A9'));
console.log(qs.unescapeBuffer('é%41%zz+x%4'), qs.unescapeBuffer('a+b', true));
const original = qs.escape;
qs.escape = (s) => s.toUpperCase();
console.log(qs.stringify({ key: 'value' }));
qs.escape = original;
qs.unescape = (s) => `[${s}]`;
console.log(qs.parse('a=%41&b=c'));
