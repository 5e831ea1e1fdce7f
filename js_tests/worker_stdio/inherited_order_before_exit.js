// Without stdout: true, the worker's output goes to the parent's stdout, in order, and all of it
// is out before the parent sees 'exit' (even when the worker calls process.exit).
const { Worker, isMainThread } = require('worker_threads');

if (isMainThread) {
  console.log('main');
  const worker = new Worker(__filename);
  console.log('main after spawn');
  worker.on('exit', (code) => console.log('exit event', code));
} else {
  console.log('worker1');
  process.stdout.write('worker2\n');
  console.log('worker3');
  process.exit(0);
}
