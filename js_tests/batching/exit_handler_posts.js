// Messages a worker posts from its process.on('exit') handler, after a burst posted in its main
// script, all arrive (in order, before 'exit'), whether the worker ends normally, calls
// process.exit() or throws (the 'error' is reported apart: its order against the messages is
// not fixed in node, which sends it on another port).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  (async () => {
    for (const how of ['return', 'exit', 'throw']) {
      await new Promise((resolve) => {
        const worker = new Worker(__filename, { workerData: how });
        const got = [];
        let error = 'none';
        worker.on('message', (m) => got.push(m instanceof Date ? `Date ${m.getTime()}` : m));
        worker.on('error', (e) => { error = e.message; });
        worker.on('exit', (code) => {
          console.log(how, 'got', JSON.stringify(got), 'error', error, 'exit', code);
          resolve();
        });
      });
    }
  })();
} else {
  process.on('exit', (code) => {
    parentPort.postMessage(`in exit handler ${code}`);
    parentPort.postMessage({ fromExitHandler: true });
    parentPort.postMessage(new Date(0));
    parentPort.postMessage('last');
  });
  parentPort.postMessage('a');
  parentPort.postMessage({ b: 1 });
  parentPort.postMessage('c');
  if (workerData === 'exit') process.exit(0);
  if (workerData === 'throw') throw new Error('boom');
}
