// Without stdout: true the worker's output reaches the parent's stdout, and worker.stdout carries
// it too for a parent that reads it.
const { Worker } = require('worker_threads');

const worker = new Worker('console.log("shown and seen"); console.error("to stderr")', { eval: true });
let seen = '';
worker.stdout.setEncoding('utf8').on('data', (chunk) => { seen += chunk; });
worker.on('exit', (code) => {
  console.log('exit', code, 'seen', JSON.stringify(seen));
});
