// every thread has its own navigator with the same values
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage([navigator.userAgent, navigator.platform, navigator.hardwareConcurrency, navigator instanceof Navigator]);
`, { eval: true });
w.on('message', (m) => {
  console.log(m[0] === navigator.userAgent, m[1] === navigator.platform, m[2] === navigator.hardwareConcurrency, m[3]);
});
