// The worker's process.stdin supports async iteration; chunks are Buffers with the bytes written.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  (async () => {
    const parts = [];
    for await (const chunk of process.stdin) parts.push(chunk);
    const all = Buffer.concat(parts);
    parentPort.postMessage({ buffers: parts.every(Buffer.isBuffer), bytes: all.length, text: all.toString() });
  })();
`, { eval: true, stdin: true });
worker.on('message', (m) => console.log('worker read', JSON.stringify(m)));
worker.on('exit', (code) => console.log('exit', code));
worker.stdin.write(new Uint8Array([0x61, 0x62, 0x63]));
worker.stdin.write('-def-');
setTimeout(() => worker.stdin.end('ghi'), 10);
