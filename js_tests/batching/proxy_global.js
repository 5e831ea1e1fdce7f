// The global Proxy looks and behaves like V8's: its name, length, no prototype, not usable with
// instanceof, revocable (not a constructor); every proxy a program makes is a proxy to
// util.types.isProxy.
const util = require('util');
console.log(typeof Proxy, Proxy.name, Proxy.length, 'prototype' in Proxy, Proxy.prototype);
console.log(Object.getOwnPropertyNames(Proxy).sort().join(','));
const d = Object.getOwnPropertyDescriptor(Proxy, 'revocable');
console.log('revocable', typeof d.value, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Proxy').enumerable, Object.getPrototypeOf(Proxy) === Function.prototype);
try { Proxy({}, {}); } catch (e) { console.log('call without new', e.name); }
try { new Proxy(1, {}); } catch (e) { console.log('bad target', e.name); }
try { console.log(({}) instanceof Proxy); } catch (e) { console.log('instanceof', e.name); }
try { new Proxy.revocable({}, {}); } catch (e) { console.log('new revocable', e.name); }
const handler = { get: (t, k) => (k === 'x' ? 'trapped' : t[k]) };
const p = new Proxy({ y: 1 }, handler);
console.log(p.x, p.y, util.types.isProxy(p), util.types.isProxy({}));
const r = Proxy.revocable({ z: 1 }, {});
console.log(r.proxy.z, util.types.isProxy(r.proxy), Object.keys(r).join(','));
const reflected = Reflect.construct(Proxy, [{}, {}]);
console.log('Reflect.construct', util.types.isProxy(reflected));
