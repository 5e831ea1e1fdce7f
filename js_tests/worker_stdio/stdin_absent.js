// Without stdin: true, worker.stdin is null and the worker's process.stdin ends at once, empty.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const seen = [];
  process.stdin.on('data', (chunk) => seen.push(String(chunk)));
  process.stdin.on('end', () => parentPort.postMessage({ end: true, seen }));
`, { eval: true });
console.log('worker.stdin', worker.stdin);
worker.on('message', (m) => console.log('message', JSON.stringify(m)));
worker.on('exit', (code) => console.log('exit', code));
