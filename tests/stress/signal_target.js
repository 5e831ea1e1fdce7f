// A program for tests/test_stress_signals.py to send signals to at random moments. It never ends
// by itself: only a signal ends it. Modes:
//   idle      a timer keeps it alive
//   busy      the main thread computes without a pause
//   workers   workers start and end all the time (some spin, some wait in Atomics.wait)
//   atomics   the main thread sleeps in Atomics.wait while a worker spins
//   listener  SIGUSR2 listener that counts (prints 'ready' once it listens)
//   stdio     reads a stdin pipe nobody writes to, and writes to a stdout pipe nobody reads (its
//             writes queue in the pipe handle) while a worker starts again and again
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
} else if (mode === 'stdio') {
  process.stdin.on('data', () => {});
  const line = 'x'.repeat(1000) + '\n';
  const write = () => {
    while (process.stdout.write(line));
    process.stdout.once('drain', write);
  };
  write();
  const start = () => new Worker('let x = 0; for (let i = 0; i < 1e5; i++) x += i;', { eval: true }).on('exit', start);
  start();
}
