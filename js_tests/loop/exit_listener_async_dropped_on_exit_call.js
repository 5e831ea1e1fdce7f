// after process.exit(), timers/nextTicks/promise jobs queued inside 'exit' listeners never run
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit (never)'), 0);
  process.nextTick(() => console.log('tick in exit (never)'));
  Promise.resolve().then(() => console.log('promise in exit (never)'));
  console.log('exit listener end');
});
console.log('main');
process.exit(0);
