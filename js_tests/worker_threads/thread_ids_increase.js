// threadId counts up from 1, inside and outside the worker; after exit worker.threadId is -1
const { Worker, threadId } = require('worker_threads');
console.log('main', threadId);
let chain = Promise.resolve();
for (let i = 0; i < 3; i++) {
  chain = chain.then(() => new Promise((resolve) => {
    const w = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").threadId)', { eval: true });
    const outside = w.threadId;
    w.on('message', (inside) => console.log('outside', outside, 'inside', inside));
    w.on('exit', () => { console.log('after exit', w.threadId); resolve(); });
  }));
}
