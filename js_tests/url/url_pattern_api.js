// URLPattern as a global and as url.URLPattern; its shape and node's argument errors
const url = require('url');
console.log(typeof URLPattern, url.URLPattern === URLPattern, URLPattern.name, URLPattern.length);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URLPattern').enumerable);
console.log(Object.getOwnPropertyNames(URLPattern.prototype));
const p = new URLPattern({ pathname: '/x' });
console.log(p, Object.keys(p), p instanceof URLPattern, Object.prototype.toString.call(p));
console.log(Object.getOwnPropertyDescriptor(URLPattern.prototype, 'pathname').get !== undefined);
console.log(new URLPattern().pathname, new URLPattern({}).protocol);
for (const args of [[1], ['('], [{}, 'https://x'], ['https://x', { ignoreCase: 1 }], ['https://x', 1], ['/x'],
  [null], ['https://x', 'https://y']]) {
  try {
    console.log(new URLPattern(...args).pathname);
  } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e));
  }
}
try {
  URLPattern();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
for (const args of [[1], ['https://x', 1], [{}, 'https://x']]) {
  try {
    console.log(p.exec(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
