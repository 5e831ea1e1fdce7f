// util.inspect and console.log of URL and URLSearchParams objects, nested too.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log({ link: new URL('file:///tmp/x') });
console.log(new URLSearchParams('a=1&b=two'));
console.log(new URLSearchParams());
console.log(new URLSearchParams({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccccccccc', delta: 'ddd' }));
console.log(util.inspect({ deep: { deeper: { u: new URLSearchParams('k=v') } } }, { depth: 1 }));
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
console.log(`${u}`, JSON.stringify({ u }));
