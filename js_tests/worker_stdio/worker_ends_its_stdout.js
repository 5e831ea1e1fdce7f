// A worker that ends its process.stdout: a later write there fails with ERR_STREAM_WRITE_AFTER_END;
// the parent's worker.stdout still ends only after the worker's 'exit'.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  process.stdout.write('before end\\n');
  process.stdout.end();
  process.stdout.on('error', (err) => parentPort.postMessage('error event ' + err.code));
  process.stdout.write('too late\\n', (err) => parentPort.postMessage('callback ' + err.code));
`, { eval: true, stdout: true });
let text = '';
worker.stdout.setEncoding('utf8').on('data', (chunk) => { text += chunk; });
worker.stdout.on('end', () => console.log('stdout end', JSON.stringify(text)));
worker.on('message', (m) => console.log('worker saw', m));
worker.on('exit', (code) => console.log('exit', code));
