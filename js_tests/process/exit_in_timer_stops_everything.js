// process.exit(n) inside a timer stops the loop: pending timers, immediates and ticks never run
setTimeout(() => {
  console.log('exiting');
  process.nextTick(() => console.log('tick (never)'));
  Promise.resolve().then(() => console.log('promise (never)'));
  setImmediate(() => console.log('immediate (never)'));
  setTimeout(() => console.log('timer from callback (never)'), 0);
  process.exit(2);
  console.log('after exit (never)');
}, 1);
setTimeout(() => console.log('later timer (never)'), 100);
process.on('exit', (code) => console.log('exit', code));
