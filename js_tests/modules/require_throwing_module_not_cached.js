// a module that throws during load is removed from the cache and re-evaluated on the next require
for (let i = 0; i < 2; i++) {
  try {
    require('./helpers/thrower');
  } catch (e) {
    console.log(e.message, globalThis.__throwerEvals);
  }
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('thrower.js')));
