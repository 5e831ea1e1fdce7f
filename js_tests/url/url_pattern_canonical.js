// The pattern strings URLPattern keeps: canonicalized through the URL parser and regenerated from
// the parsed parts (escapes, groups that are not needed dropped, default ports removed).
const cases = [
  [{ pathname: '/foo/(.*)' }], [{ pathname: '/foo/:bar(.*)' }], [{ pathname: '/foo{/bar}' }],
  [{ pathname: '/foo{/:bar}?' }], [{ pathname: '{:foo}(.*)' }], [{ pathname: ':foo\\bar' }],
  [{ pathname: '*{}**?' }], [{ pathname: '*\\/*' }], [{ pathname: '/:foo..' }], [{ pathname: './foo' }],
  [{ pathname: '/café/:x' }], [{ pathname: '/a b/%20' }], [{ pathname: '/\uD83D' }],
  [{ pathname: 'foo', baseURL: 'https://example.com/a/b/c' }], [{ search: 'q=1', baseURL: 'https://e.com/p?z' }],
  [{ protocol: 'HTTP:', port: '80' }], [{ protocol: 'https', port: '443' }], [{ protocol: 'http', port: '8080' }],
  [{ hostname: 'EXAMPLE.com' }], [{ hostname: 'xn--caf-dma.com' }], [{ hostname: 'café.com' }],
  [{ hostname: '[\\:\\:AB\\::num]' }], [{ hostname: 'bad#hostname' }], [{ hostname: 'bad\\\\hostname' }],
  [{ username: 'us er', password: 'p@ss' }], [{ search: '?a=b c' }], [{ hash: '#frag ment' }],
  ['https://example.com:443/foo?bar#baz'], ['https://user:pass@example.com:8080/a'],
  ['data\\:text/plain,:x'], ['mailto\\:*@example.com'], ['http{s}?://{*.}?example.com/:product/:endpoint'],
  ['https://[\\:\\:1]:8080/'], ['/foo?bar#baz', 'https://example.com:8080'], ['#foo', 'https://e.com/?q=*&v=?'],
  ['https://example.com/foo/(\\d+)'], ['file:///C\\:/x/*'], ['https://example.com/a/:b/c?d=e'],
];
for (const args of cases) {
  try {
    const p = new URLPattern(...args);
    console.log(JSON.stringify(args), '->', ['protocol', 'username', 'password', 'hostname', 'port', 'pathname',
      'search', 'hash'].map((k) => p[k]).join(' | '), p.hasRegExpGroups);
  } catch (e) {
    console.log(JSON.stringify(args), '->', e.code);
  }
}
