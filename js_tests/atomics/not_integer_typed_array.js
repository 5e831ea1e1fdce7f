// Atomics on what is not an integer typed array: V8's TypeError naming the value
for (const v of [5, undefined, null, 'str', {}, new DataView(new ArrayBuffer(8)), new Float16Array(2), Symbol('x'), function f() {}]) {
  try { Atomics.add(v, 0, 1); } catch (e) { console.log(e.name, e.message); }
  try { Atomics.load(v, 0); } catch (e) { console.log(e.name, e.message); }
}
