// stderr: true: console.error / console.warn / process.stderr.write land on worker.stderr; stdout
// stays inherited and reaches the parent's stdout directly.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.error('error line');
  console.warn('warn line');
  process.stderr.write(Buffer.from('raw bytes\\n'));
  process.stderr.write('6869', 'hex');
  console.log('to stdout');
`, { eval: true, stderr: true });
const chunks = [];
worker.stderr.on('data', (chunk) => chunks.push(chunk));
worker.on('exit', (code) => {
  const all = Buffer.concat(chunks);
  console.log('exit', code, Buffer.isBuffer(chunks[0]));
  console.log('stderr', JSON.stringify(all.toString()));
});
