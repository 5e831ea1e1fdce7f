// when the loop ends naturally, promise jobs queued in 'exit' listeners still run (after all listeners); nextTick/timers do not
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit (never)'), 0);
  process.nextTick(() => console.log('tick in exit (never)'));
  Promise.resolve().then(() => console.log('promise in exit'));
  queueMicrotask(() => console.log('queueMicrotask in exit'));
});
process.on('exit', () => console.log('second exit listener'));
console.log('main');
