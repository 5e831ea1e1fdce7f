// url.format() of a WHATWG URL with its options: auth, fragment, search, unicode.
const url = require('url');
const u = new URL('https://user:pw@xn--mnchen-3ya.de:8443/p?q=1#f');
console.log(url.format(u));
console.log(url.format(u, { fragment: false }));
console.log(url.format(u, { search: false }));
console.log(url.format(u, { auth: false }));
console.log(url.format(u, { unicode: true }));
console.log(url.format(u, { fragment: false, search: false, auth: false, unicode: true }));
try {
  url.format(u, 'bad');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
