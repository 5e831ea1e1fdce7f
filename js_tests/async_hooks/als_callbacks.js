// The store follows setTimeout, setImmediate, setInterval, nextTick, queueMicrotask and then().
const { AsyncLocalStorage } = require('async_hooks');
const timers = require('timers');
const als = new AsyncLocalStorage();
als.run('ctx', () => {
  setImmediate(() => {
    console.log('setImmediate', als.getStore());
    setTimeout(() => {
      console.log('setTimeout', als.getStore());
      timers.setTimeout(() => {
        console.log('timers.setTimeout', als.getStore());
        startInterval();   // only now, so that the order never depends on the machine's speed
      }, 1);
    }, 1);
  });
  process.nextTick((arg) => console.log('nextTick', als.getStore(), arg), 'with arg');
  queueMicrotask(() => console.log('queueMicrotask', als.getStore()));
  Promise.resolve(1).then((v) => console.log('then', als.getStore(), v));
  Promise.reject(new Error('e')).catch(() => console.log('catch', als.getStore()));
  Promise.resolve().finally(() => console.log('finally', als.getStore()));
});
const startInterval = () => als.run('interval', () => {
  let n = 0;
  const iv = setInterval(() => {
    console.log('setInterval', als.getStore(), ++n);
    if (n === 2) {
      clearInterval(iv);
      setTimeout(() => console.log('timeout from interval', als.getStore()), 50);
    }
  }, 40);
});
