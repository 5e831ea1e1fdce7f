// url.format() of legacy objects: protocol colon, slashes for slashed protocols, auth escaping,
// query objects, '#' and '?' escaped in the path; a string is parsed first.
const url = require('url');
console.log(url.format({ protocol: 'http', host: 'a.com', pathname: '/x#y?z', search: 'q=1', hash: 'h' }));
console.log(url.format({ protocol: 'https', hostname: 'x.com', port: 8443, pathname: 'a b', query: { q: [1, 2], r: 'é' } }));
console.log(url.format({ protocol: 'mailto', auth: 'a b@c:d', hostname: 'x.com' }));
console.log(url.format({ hostname: '::1', port: 8 }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format({ protocol: 'foo', slashes: true, host: 'h', search: '?a#b' }));
console.log(url.format('http://A.com/a b'), url.format({}), url.format({ query: {} }));
for (const bad of [5, null, undefined]) {
  try {
    url.format(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
