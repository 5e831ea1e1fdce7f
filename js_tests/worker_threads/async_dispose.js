// worker[Symbol.asyncDispose](): terminates the worker (await using ends it at the block's end);
// on a worker that has exited it resolves to undefined
const { Worker } = require('worker_threads');

(async () => {
  const worker = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("up")', { eval: true });
  worker.on('exit', (code) => console.log('exit', code));
  await new Promise((resolve) => worker.once('message', resolve));
  const dispose = worker[Symbol.asyncDispose];
  console.log(typeof dispose, dispose.name, dispose.length);
  const result = await worker[Symbol.asyncDispose]();
  console.log('disposed', result, worker.threadId);
  console.log('again', await worker[Symbol.asyncDispose]());
})();
