// queueMicrotask and promise reactions share one FIFO queue
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm nested'));
});
Promise.resolve().then(() => console.log('promise 2'));
