// The streams on both sides are node:stream objects with node's class names.
const { Worker } = require('worker_threads');
const { Readable, Writable } = require('stream');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const { Readable, Writable } = require('stream');
  const describe = (s) => [s.constructor.name, s instanceof Readable, s instanceof Writable, s.fd, s.isTTY];
  parentPort.postMessage({
    stdout: describe(process.stdout),
    stderr: describe(process.stderr),
    stdin: describe(process.stdin),
    hwm: process.stdout.writableHighWaterMark,
  });
`, { eval: true, stdin: true });
const describe = (s) => [s.constructor.name, s instanceof Readable, s instanceof Writable];
console.log('worker.stdout', describe(worker.stdout));
console.log('worker.stderr', describe(worker.stderr));
console.log('worker.stdin', describe(worker.stdin));
worker.on('message', (m) => console.log('inside', JSON.stringify(m)));
worker.on('exit', (code) => { console.log('exit', code); });
worker.stdin.end();
const out = process.stdout;
console.log('process.stdout', out instanceof Writable, out._isStdio, out.fd, out.writableHighWaterMark, out.writable);
