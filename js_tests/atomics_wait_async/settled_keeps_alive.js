// A waitAsync settled by a notify keeps the thread alive until its promise has settled, even when
// nothing else is left to do (the notify is the program's last statement); one still pending,
// with or without a timeout, does not.
const ints = new Int32Array(new SharedArrayBuffer(16));
Atomics.waitAsync(ints, 1, 0).value.then((v) => console.log('never settled', v));
Atomics.waitAsync(ints, 2, 0, 60000).value.then((v) => console.log('never timed out', v));
const { value } = Atomics.waitAsync(ints, 0, 0);
value.then((v) => console.log('settled by the last statement:', v));
console.log('notify counts', Atomics.notify(ints, 0));
