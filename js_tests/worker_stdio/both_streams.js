// stdout and stderr both redirected; each carries only its own stream's data.
const { Worker } = require('worker_threads');

const worker = new Worker(
  'console.log("hello from worker"); console.error("err from worker"); process.stdout.write("raw\\n")',
  { eval: true, stdout: true, stderr: true });
let out = '';
let err = '';
worker.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
worker.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
worker.on('exit', (code) => {
  console.log('captured stdout', JSON.stringify(out), 'stderr', JSON.stringify(err), 'exit', code);
});
