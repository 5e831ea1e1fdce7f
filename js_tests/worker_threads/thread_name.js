// threadName: '' on the main thread; a worker's `name` option (or 'WorkerThread') in the worker
// and as worker.threadName until its exit (then null); isInternalThread is false in both
const { Worker, threadName, isInternalThread } = require('worker_threads');
console.log(JSON.stringify(threadName), isInternalThread);

const code = `
  const { parentPort, threadName, isInternalThread } = require('worker_threads');
  parentPort.postMessage({ threadName, isInternalThread });
`;
function run(options) {
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, ...options });
    console.log('parent sees', JSON.stringify(worker.threadName));
    worker.on('message', (message) => console.log('worker says', message));
    worker.on('exit', () => {
      console.log('after exit', worker.threadName, worker.threadId);
      resolve();
    });
  });
}
(async () => {
  await run({ name: 'alpha' });
  await run({});
  await run({ name: '' });
  try {
    new Worker(code, { eval: true, name: 42 });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
