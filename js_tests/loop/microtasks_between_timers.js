// nextTicks and promise jobs queued by one timer callback run before the next timer callback
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
