// Relative references resolved against a base, per the WHATWG parser (RFC 3986's examples and
// the special cases of file: and non-special bases).
const cases = [
  ['http://a/b/c/d;p?q', ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
    '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g',
    'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'http:', '\\\\x\\y', 'https:g']],
  ['file:///C:/dir/file', ['other', '../x', '/y', '//server/z', 'D:/w', '?q', '#h', '..\\..\\up']],
  ['file:///tmp/a/b', ['c', '../../../../x', 'file:d', '/e']],
  ['sc://host/a/b', ['c', '../c', '/d', '//other/e', '?q']],
  ['sc:opaque', ['#frag', 'x']],
  ['mailto:a@b', ['#x']],
];
for (const [base, refs] of cases) {
  for (const ref of refs) {
    let out;
    try {
      out = new URL(ref, base).href;
    } catch (err) {
      out = `throws ${err.code}`;
    }
    console.log(base, JSON.stringify(ref), '->', out);
  }
}
console.log(new URL('x', new URL('http://h/a/b')).href);
