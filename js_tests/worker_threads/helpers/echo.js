// echoes every message back with the worker's identity
const { parentPort, threadId, isMainThread, workerData } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m === 'exit') return parentPort.close();
  parentPort.postMessage({ echo: m, threadId, isMainThread, workerData });
});
