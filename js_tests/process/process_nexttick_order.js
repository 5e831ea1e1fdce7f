// nextTick callbacks (with their arguments) run before promise jobs, both before timers.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick((a, b) => console.log('tick 1', a, b), 'x', 2);
queueMicrotask(() => {
  console.log('microtask');
  process.nextTick(() => console.log('tick from microtask'));
});
process.nextTick(() => {
  console.log('tick 2');
  Promise.resolve().then(() => console.log('promise from tick'));
  process.nextTick(() => console.log('tick 3'));
});
console.log('sync');
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
