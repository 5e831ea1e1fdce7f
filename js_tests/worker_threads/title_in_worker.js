// process.title and process.debugPort can be assigned in a worker (node 24): the worker sees its
// new values, the main thread keeps its own
const { Worker } = require('worker_threads');
const mainTitle = process.title;
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const before = process.title;
  process.title = before + ' in worker';
  const port = process.debugPort;
  process.debugPort = port + 1;
  parentPort.postMessage([process.title === before + ' in worker', process.debugPort - port]);
`, { eval: true });
worker.on('message', (message) => console.log('worker', message));
worker.on('exit', () => console.log('main unchanged', process.title === mainTitle, process.debugPort));
