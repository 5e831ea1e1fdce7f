// A URL and its searchParams are linked both ways.
const u = new URL('https://example.com/p?a=1#frag');
const params = u.searchParams;
console.log(params === u.searchParams);
params.append('b', 'two words');
console.log(u.href);
params.delete('a');
params.delete('b');
console.log(u.href, JSON.stringify(u.search));
u.search = '?x=1&y=2';
console.log([...params], params.get('x'));
u.href = 'https://other.org/?z=9';
console.log([...params]);
u.searchParams.sort();
params.set('q', 'a+b&c');
console.log(u.href, u.search);
const opaque = new URL('sc:path  ?q=1');
opaque.searchParams.delete('q');
console.log(JSON.stringify(opaque.href));
