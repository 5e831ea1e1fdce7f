// Workers receive no signals: their process.on('SIGUSR1' | 'SIGUSR2') listeners neither run nor
// take the main thread's; SIGUSR2, listened for only in the worker, ends the process by the signal.
const { Worker } = require('worker_threads');
process.on('SIGUSR1', (name) => {
  console.log('main thread got', name);
  process.kill(process.pid, 'SIGUSR2');
});
const worker = new Worker(`
  process.on('SIGUSR1', () => console.log('worker got SIGUSR1'));
  process.on('SIGUSR2', () => console.log('worker got SIGUSR2'));
  require('worker_threads').parentPort.postMessage('listening');
  setTimeout(() => {}, 60000);
`, { eval: true });
worker.on('message', (message) => {
  console.log('worker is', message);
  process.kill(process.pid, 'SIGUSR1');
});
