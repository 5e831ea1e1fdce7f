// url.resolve() and resolveObject(): RFC 1808-style resolution as node's legacy API does it,
// including non-slashed bases (mailto:) and protocol changes.
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://a/b/c/', 'mailto:local1@domain1', 'file:///a/b', 'https://u:p@h:81/x/y?z#w', 'foo:a/b'];
const refs = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..',
  '../../../g', '/./g', 'g.', 'http:g', 'https://other/x', 'mailto:x@y', 'local2@domain2', '?', '//h2', 'file:z'];
for (const base of bases) {
  for (const ref of refs) console.log(base, JSON.stringify(ref), '->', url.resolve(base, ref));
}
const obj = url.resolveObject('http://a/b/c', '../d?e#f');
console.log(obj instanceof url.Url, obj.href, obj.pathname, obj.search, obj.hash);
