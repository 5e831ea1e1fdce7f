// AsyncLocalStorage.snapshot() and .bind() capture the current context for later calls.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const snap = als.run('captured', () => AsyncLocalStorage.snapshot());
const bound = als.run('bound-store', () => AsyncLocalStorage.bind((x) => `${x}:${als.getStore()}`));
als.run('live', () => {
  console.log(snap(() => als.getStore()));
  console.log(snap((a, b) => a + b, 2, 3));
  console.log(bound('arg'));
  console.log(als.getStore());
});
console.log(typeof snap, typeof bound);
try {
  AsyncLocalStorage.bind(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
