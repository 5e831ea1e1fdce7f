// getRandomValues fills integer typed arrays in place; DOMExceptions for floats and over 64 KiB.
const crypto = require('crypto');
const a = new Uint32Array(64);
const r = crypto.getRandomValues(a);
console.log(r === a, a.some((x) => x !== 0));
const g = new Uint8Array(32);
console.log(globalThis.crypto.getRandomValues(g) === g, g.some((x) => x !== 0));
console.log(crypto.getRandomValues(new BigInt64Array(2)).length, crypto.getRandomValues(new Uint8Array(65536)).length);
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); } };
show(() => crypto.getRandomValues(new Float32Array(2)));
show(() => crypto.getRandomValues(new Float64Array(2)));
show(() => crypto.getRandomValues(new Uint8Array(65537)));
show(() => crypto.getRandomValues([1, 2]));
show(() => globalThis.crypto.getRandomValues());
