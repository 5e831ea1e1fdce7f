// At a redirected worker's exit: all its output was already delivered, then 'exit', then the
// streams' 'end' (node pushes the end of stream right before emitting 'exit').
const { Worker } = require('worker_threads');

const worker = new Worker(`
  for (let i = 0; i < 200; i++) console.log('row ' + i);
  process.exit(3);
`, { eval: true, stdout: true, stderr: true });
const events = [];
let rows = 0;
let last = '';
worker.stdout.setEncoding('utf8');
worker.stdout.on('data', (chunk) => {
  const lines = chunk.split('\n').filter(Boolean);
  rows += lines.length;
  last = lines[lines.length - 1];
});
worker.stdout.on('end', () => events.push('stdout end'));
worker.stderr.on('end', () => events.push('stderr end'));
worker.on('exit', (code) => {
  events.push(`exit ${code} rows=${rows} last=${last}`);
  setImmediate(() => console.log(events.join('\n')));
});
