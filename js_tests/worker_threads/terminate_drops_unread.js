// terminate() of a worker that never reads its port: what it posted before stopping arrives, in
// order, before 'exit'; what was posted to it (plain messages and transferred buffers) is dropped
// without an error; posting to it after terminate() is a no-op.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  for (let i = 0; i < 2000; i++) parentPort.postMessage({ i });
  parentPort.postMessage('burst sent');
  Atomics.wait(workerData, 0, 0);   // blocked: never reads its messages
`, { eval: true, workerData: new Int32Array(new SharedArrayBuffer(4)) });
let got = 0;
let inOrder = true;
w.on('message', (m) => {
  if (m === 'burst sent') {
    for (let i = 0; i < 1000; i++) w.postMessage({ i });
    const buffer = new ArrayBuffer(65536);
    w.postMessage(buffer, [buffer]);
    console.log('posted to the worker; buffer detached:', buffer.byteLength === 0);
    w.terminate().then((code) => {
      console.log('terminated', code);
      w.postMessage('after');
    });
    return;
  }
  if (m.i !== got) inOrder = false;
  got++;
});
w.on('exit', (code) => console.log('exit', code, 'received', got, 'in order', inOrder));
