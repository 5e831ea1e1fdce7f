// a rejection that gets a handler before the microtask queue drains is not reported
process.on('unhandledRejection', (r) => console.log('reported (should not happen):', r));
const p = Promise.reject(new Error('late'));
process.nextTick(() => {
  p.catch((e) => console.log('handled later:', e.message));
});
async function f() { throw new Error('async throw'); }
const q = f();
Promise.resolve().then(() => q.catch((e) => console.log('handled in microtask:', e.message)));
