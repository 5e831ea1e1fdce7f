// worker.getHeapStatistics(): a promise of v8.getHeapStatistics()'s fields as the worker thread
// reads them (does_zap_garbage a boolean there); ERR_WORKER_NOT_RUNNING once it has exited
const { Worker } = require('worker_threads');
const v8 = require('v8');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', () => parentPort.close());
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64 } });

worker.on('online', async () => {
  const promise = worker.getHeapStatistics();
  console.log(promise instanceof Promise, worker.getHeapStatistics.length);
  const stats = await promise;
  console.log(Object.keys(stats).join() === Object.keys(v8.getHeapStatistics()).join());
  for (const [key, value] of Object.entries(stats)) {
    console.log(key, typeof value, typeof value === 'number' ? value >= 0 : value);
  }
  console.log('limit below the main thread\'s', stats.heap_size_limit < v8.getHeapStatistics().heap_size_limit);
  const [a, b] = await Promise.all([worker.getHeapStatistics(), worker.getHeapStatistics('ignored')]);
  console.log('two at once', typeof a.used_heap_size, typeof b.used_heap_size);
  worker.postMessage('done');
});
worker.on('exit', async (code) => {
  console.log('exit', code);
  await worker.getHeapStatistics().catch((e) => console.log(e.name, e.code, e.message));
});
