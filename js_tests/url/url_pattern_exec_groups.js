// URLPattern test / exec: what matches, the inputs and each component's input and groups (in node's
// order of the groups)
function show(result) {
  if (result === null) return console.log(null);
  console.log(Object.getPrototypeOf(result), result.inputs);
  for (const name of ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash']) {
    console.log(' ', name, JSON.stringify(result[name].input), result[name].groups);
  }
}
const books = new URLPattern({ pathname: '/books/:id/:rest*' });
show(books.exec('https://example.com/books/123/a/b'));
show(books.exec('https://example.com/books/123'));
console.log(books.test('https://example.com/nope'), books.test('https://example.com/books/7'));
show(books.exec({ pathname: '/books/9' }));
show(books.exec('/books/1/x', 'https://h.com'));
show(books.exec('not a url'));
show(books.exec({ protocol: '!!' }));
const sub = new URLPattern('https://:sub.example.com/:path*');
show(sub.exec('https://api.example.com/v1/users'));
console.log(sub.test('http://api.example.com/v1'), sub.test('https://example.com/'));
console.log(new URLPattern({ pathname: '/A' }, { ignoreCase: true }).test('https://x/a'),
  new URLPattern({ pathname: '/A' }).test('https://x/a'), new URLPattern('https://x.com/a', { ignoreCase: true }).test('https://x.com/A'));
const regexp = new URLPattern({ pathname: '/(\\d+)/:name([a-z]+)' });
show(regexp.exec({ pathname: '/42/abc' }));
console.log(regexp.test({ pathname: '/x/abc' }), regexp.hasRegExpGroups);
const optional = new URLPattern({ pathname: '/a{/:b}?/c' });
console.log(optional.test({ pathname: '/a/c' }), optional.test({ pathname: '/a/x/c' }), optional.pathname);
console.log(new URLPattern('http{s}?://{*.}?example.com/*').test('http://www.example.com/x'));
console.log(new URLPattern({ search: 'q=:q' }).exec('https://x/?q=1').search.groups.q);
console.log(new URLPattern({ hash: ':h' }).exec('https://x/#top').hash.groups.h);
console.log(new URLPattern({ port: '(80|8080)' }).test('http://x:8080/'), new URLPattern({ port: '' }).test('http://x:80/'));
