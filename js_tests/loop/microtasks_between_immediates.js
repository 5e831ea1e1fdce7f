// microtasks queued by one setImmediate callback run before the next immediate
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from immediate 1'));
  process.nextTick(() => console.log('tick from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
