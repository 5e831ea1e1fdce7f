// like node, a pending waitAsync (with or without timeout) does not keep the process alive (the
// timeout is long, so that a slow start on a loaded machine cannot let it expire before the exit)
const i32 = new Int32Array(new SharedArrayBuffer(8));
const forever = Atomics.waitAsync(i32, 0, 0);
const timed = Atomics.waitAsync(i32, 0, 0, 60_000);
forever.value.then((v) => console.log('forever resolved', v));
timed.value.then((v) => console.log('timed resolved', v));
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code, 'both pending:', forever.async && timed.async));
