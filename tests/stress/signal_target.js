// A program for tests/test_stress_signals.py to send signals to at random moments. It never ends
// by itself: only a signal ends it. Modes:
//   idle      a timer keeps it alive
//   busy      the main thread computes without a pause
//   workers   workers start and end all the time (some spin, some wait in Atomics.wait)
//   atomics   the main thread sleeps in Atomics.wait while a worker spins
//   listener  SIGUSR2 listener that counts (prints 'ready' once it listens)
const { Worker } = require('worker_threads');
const mode = process.argv[2];

if (mode === 'idle') {
  setInterval(() => {}, 1000);
} else if (mode === 'busy') {
  let x = 0;
  for (;;) x = (x + 1) % 1000;
} else if (mode === 'workers') {
  const spin = 'for (;;) {}';
  const wait = 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)';
  let n = 0;
  const start = () => {
    const worker = new Worker(n++ % 2 ? spin : wait, { eval: true });
    setTimeout(() => worker.terminate(), 20);
    worker.on('exit', start);
  };
  start();
  start();
} else if (mode === 'atomics') {
  new Worker('for (;;) {}', { eval: true });
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
} else if (mode === 'listener') {
  let count = 0;
  process.on('SIGUSR2', () => console.log('usr2', ++count));
  setInterval(() => {}, 1000);
  console.log('ready');
}
