// structuredClone without a transfer list: small plain data copied in JS, the rest written and read
// back in one call; with a transfer list through a channel. All must clone as node does.
const util = require('util');
const big = {}; for (let i = 0; i < 300; i++) big['k' + i] = { i, arr: [i, [i]] };
const c = structuredClone(big); console.log(Object.keys(c).length, c.k299, c.k1 !== big.k1);
const cyc = { name: 'c' }; cyc.self = cyc; cyc.list = [cyc, cyc];
const cc = structuredClone(cyc); console.log(cc.self === cc, cc.list[0] === cc, cc !== cyc);
const shared = { x: 1 }; const s2 = structuredClone({ a: shared, b: shared }); console.log(s2.a === s2.b);
console.log(structuredClone(new Map([[1, { a: 1 }]])), structuredClone(new Set([1, 'a'])));
const e = structuredClone(new RangeError('bad', { cause: 5 })); console.log(e instanceof RangeError, e.message, e.cause);
console.log(structuredClone([1, , 3]), structuredClone(Object.assign([1, 2], { extra: 'x' })));
console.log(structuredClone(new Date(0)).toISOString(), structuredClone(/a+/gi), structuredClone(new Uint8Array([1, 2])));
const sab = new SharedArrayBuffer(8); const sabc = structuredClone(sab); new Int32Array(sabc)[0] = 7; console.log(new Int32Array(sab)[0]);
const ab = new ArrayBuffer(4); const abc = structuredClone(ab, { transfer: [ab] }); console.log(ab.byteLength, abc.byteLength);
for (const bad of [() => 1, Symbol('s'), { f() {} }, new WeakMap(), new Proxy({}, {})]) {
  try { structuredClone(bad); console.log('no error'); } catch (err) { console.log(err.name, err.message); }
}
console.log(structuredClone({ get g() { return 42; } }), structuredClone(-0), structuredClone(10n));
console.log(util.inspect(structuredClone(JSON.parse('{"__proto__": {"x": 1}, "y": [1]}')), { showHidden: false }));
class A { #p = 1; constructor() { this.q = 2; } } console.log(structuredClone(new A()), structuredClone({ a: new A() }));
console.log(structuredClone(Object.create(null, { z: { value: 1, enumerable: true } })));
const { port1 } = new MessageChannel();
try { structuredClone({ port1 }); } catch (err) { console.log(err.name, err.code, err.message); }
const moved = structuredClone({ port1 }, { transfer: [port1] }); console.log(moved.port1 instanceof MessagePort, moved.port1 !== port1); moved.port1.close();
