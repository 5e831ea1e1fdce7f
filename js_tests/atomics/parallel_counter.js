// 4 workers increment one shared counter with Atomics.add: no update is lost
const { Worker, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let exited = 0;
  for (let i = 0; i < 4; i++) {
    new Worker(__filename, { workerData: counter }).on('exit', () => {
      if (++exited === 4) console.log('counter', Atomics.load(counter, 0));
    });
  }
} else {
  for (let i = 0; i < 100000; i++) Atomics.add(workerData, 0, 1);
}
