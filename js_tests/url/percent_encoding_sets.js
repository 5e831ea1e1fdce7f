// Each URL component percent-encodes its own set of characters (userinfo, path, query,
// special query, fragment, opaque path), always as UTF-8 with upper-case hex.
const all = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + 'é€😀\u007f';
const u = new URL('http://h/');
u.pathname = all;
console.log('path    ', u.pathname);
u.search = all;
console.log('query   ', u.search);
u.hash = all;
console.log('fragment', u.hash);
u.username = all;
console.log('username', u.username);
u.password = all;
console.log('password', u.password);
const s = new URL('sc://h/');
s.search = all;
console.log('sc query', s.search);
console.log('opaque  ', new URL(`sc:${all.replace(/[#?]/g, '')}`).pathname);
console.log('keeps %', new URL('http://h/%zz%41?%zz#%zz').href);
console.log('lone surrogate', new URL('http://h/\ud800x').pathname);
