// worker.stdout piped into process.stdout: the worker's lines appear on the parent's stdout through
// the stream, and the pipe leaves process.stdout open for the parent's own output after 'exit'.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.log('piped one');
  console.log('piped two');
`, { eval: true, stdout: true });
worker.stdout.pipe(process.stdout);
worker.stdout.on('end', () => console.log('worker.stdout ended; process.stdout writable:', process.stdout.writable));
worker.on('exit', (code) => console.log('exit', code));
