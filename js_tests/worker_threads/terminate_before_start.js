// terminate() in the same turn as new Worker(): the worker never runs its code (no 'online')
// and exits with 0, as node's terminate before the worker has started; once online, with 1
const { Worker } = require('worker_threads');
const early = new Worker('for (;;) {}', { eval: true });
early.on('online', () => console.log('early online (never)'));
early.on('exit', (code) => console.log('early exit', code));
early.terminate().then((code) => {
  console.log('early terminate', code);
  const late = new Worker('for (;;) {}', { eval: true });
  late.on('online', () => late.terminate().then((c) => console.log('late terminate', c)));
  late.on('exit', (c) => console.log('late exit', c));
});
