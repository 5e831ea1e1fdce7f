// workers can start workers; messages are relayed up the chain
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: 1 });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('level 1 exit', c));
} else if (workerData < 3) {
  const w = new Worker(__filename, { workerData: workerData + 1 });
  w.on('message', (m) => parentPort.postMessage(`via ${workerData}: ${m}`));
  w.on('exit', (c) => parentPort.postMessage(`level ${workerData + 1} exit ${c}`));
} else {
  parentPort.postMessage(`hello from depth ${workerData}, threadId ${require('worker_threads').threadId}`);
}
