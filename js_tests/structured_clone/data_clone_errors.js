// functions, symbols and uncloneable objects throw DataCloneError (a DOMException, code 25)
const bad = [() => 1, function named() {}, Symbol('q'), { f() {} }, { deep: { s: Symbol.iterator } }, new WeakMap(), new WeakSet(), Promise.resolve(), [1, () => 2]];
for (const value of bad) {
  try {
    structuredClone(value);
    console.log('cloned?');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
  }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
