// node:worker_threads exports, and their values on the main thread
const wt = require('node:worker_threads');
console.log(Object.keys(wt));
console.log(wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId);
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort, typeof wt.BroadcastChannel);
console.log(typeof wt.SHARE_ENV, wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
console.log(wt.resourceLimits);
console.log(require('worker_threads') === wt);
