// URLPattern (a node 24 global, also exported by node:url): the three ways to build one, the
// component patterns it keeps, and what test() / exec() give for strings, init objects and bases.
const url = require('url');
console.log(typeof URLPattern, url.URLPattern === URLPattern, URLPattern.length, URLPattern.name);
console.log(Object.getOwnPropertyNames(URLPattern.prototype));

const show = (p) => ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash']
  .map((k) => `${k}=${p[k]}`).join(' ') + ` groups=${p.hasRegExpGroups}`;

const books = new URLPattern({ pathname: '/books/:id' });
console.log(books, show(books));
console.log(books.test('https://example.com/books/123'), books.test('https://example.com/books'));
console.log(books.exec('https://example.com/books/123?x#y'));
console.log(books.exec('https://example.com/nope'));

const full = new URLPattern('https://:sub.example.com/:section/*\\?q=:q#:frag');
console.log(show(full));
const hit = full.exec('https://docs.example.com/guide/a/b?q=term#top');
console.log(hit.hostname.groups, hit.pathname.groups, hit.search.groups, hit.hash.groups);

const relative = new URLPattern('/api/:version/*', 'https://example.com:8080');
console.log(show(relative));
console.log(relative.test('https://example.com:8080/api/v2/users'), relative.test('https://example.com/api/v2/users'));
console.log(relative.test('/api/v1/x', 'https://example.com:8080'));
console.log(relative.exec('/api/v1/x', 'https://example.com:8080').inputs);

const caseless = new URLPattern({ pathname: '/Foo/:rest*' }, { ignoreCase: true });
console.log(caseless.test({ pathname: '/FOO/a/b' }), caseless.exec({ pathname: '/foo' }).pathname.groups);

const modifiers = new URLPattern({ pathname: '/files/:name.:ext?/:tail+' });
console.log(show(modifiers));
for (const path of ['/files/a.txt/x', '/files/a/x/y', '/files/a.txt', '/files/.txt/x']) {
  const found = modifiers.exec({ pathname: path });
  console.log(path, found && found.pathname.groups);
}

const regexps = new URLPattern({ pathname: '/(\\d+)/:slug([a-z\\-]+)/{page/:n(\\d+)}?' });
console.log(show(regexps));
console.log(regexps.exec({ pathname: '/42/hello-world/page/3' }).pathname.groups);
console.log(regexps.exec({ pathname: '/42/hello-world/' }).pathname.groups);
console.log(regexps.test({ pathname: '/x/hello' }));

const init = new URLPattern({ hostname: '{*.}?example.com', port: '443', protocol: 'https' });
console.log(show(init));
console.log(init.test('https://example.com/'), init.test('https://a.b.example.com/'), init.test('http://example.com/'));
const byInit = init.exec({ hostname: 'www.example.com', protocol: 'https' });
console.log(byInit.inputs, byInit.hostname, byInit.protocol);

const empty = new URLPattern();
console.log(show(empty), empty.test('anything:at all'), empty.test({}), empty.test());
const groupsOrder = new URLPattern({ pathname: '/:b/:a/:c/:zz/:m' }).exec({ pathname: '/1/2/3/4/5' });
console.log(groupsOrder.pathname.groups);
