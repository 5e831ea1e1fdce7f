// From a worker: each post copies the value as it is then, however it is mutated afterwards in
// the same turn (and while the worker goes on computing).
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (m) => console.log(JSON.stringify(m)));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const state = { step: 0, items: [], meta: { last: null } };
  for (let i = 1; i <= 6; i++) {
    state.step = i;
    state.items.push(i * 10);
    state.meta.last = i;
    parentPort.postMessage(state);
  }
  state.items.length = 0;
  state.meta = null;
  let sum = 0;
  for (let i = 0; i < 1e6; i++) sum += i;   // the batch goes while this runs, or after it
  state.step = sum;
}
