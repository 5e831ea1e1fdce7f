// Output a redirected worker wrote before terminate() is delivered before 'exit'.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  console.log('ready');
  console.error('about to spin');
  parentPort.postMessage('go');
  for (;;) {}
`, { eval: true, stdout: true, stderr: true });
let out = '';
let err = '';
worker.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
worker.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
worker.on('message', () => worker.terminate());
worker.on('exit', (code) => console.log('exit', code, JSON.stringify(out), JSON.stringify(err)));
