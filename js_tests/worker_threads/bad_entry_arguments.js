// new Worker() with a URL or a non-string and eval: true, or a URL of another scheme: node 24's errors
// (and Atomics on a typed array that is not an integer one)
const { Worker } = require('worker_threads');
const t = (label, f) => { try { const w = f(); console.log(label, 'constructed'); w.terminate(); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('url eval', () => new Worker(new URL('file:///tmp/x.js'), { eval: true }));
t('42 eval', () => new Worker(42, { eval: true }));
t('42', () => new Worker(42));
t('http', () => new Worker(new URL('http://example.com/x.js')));
t('data eval', () => new Worker(new URL('data:text/javascript,1'), { eval: true }));
for (const T of [Float64Array, Float32Array, Uint8ClampedArray]) {
  try { Atomics.add(new T(new SharedArrayBuffer(16)), 0, 1); console.log('ok'); } catch (e) { console.log(e.name, e.message); }
}
for (const f of ['load', 'store', 'exchange', 'compareExchange', 'wait', 'notify', 'sub', 'and', 'or', 'xor']) {
  try { Atomics[f](new Float64Array(new SharedArrayBuffer(16)), 0, 0, 0); console.log(f, 'ok'); } catch (e) { console.log(f, e.name, e.message); }
}
try { Atomics.wait(new Int16Array(new SharedArrayBuffer(16)), 0, 0, 0); } catch (e) { console.log('wait16', e.name, e.message); }
try { Atomics.add([1], 0, 1); } catch (e) { console.log('plain', e.name, e.message); }
