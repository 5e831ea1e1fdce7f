// timingSafeEqual: byte comparison of same-length views; errors as node's.
const crypto = require('crypto');
console.log(crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
console.log(crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
const show = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show(() => crypto.timingSafeEqual('a', Buffer.from('a')));
show(() => crypto.timingSafeEqual(Buffer.from('a'), 'a'));
