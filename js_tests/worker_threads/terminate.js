// terminate() stops a spinning worker; its promise resolves with 1 once the thread stopped;
// a second terminate() after exit resolves with undefined
const { Worker } = require('worker_threads');
const w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
w.on('exit', (code) => console.log('exit event', code));
w.on('message', async (m) => {
  console.log(m);
  const code = await w.terminate();
  console.log('terminate resolved', code);
  console.log('again', await w.terminate());
});
