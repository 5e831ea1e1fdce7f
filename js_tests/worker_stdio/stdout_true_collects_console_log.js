// stdout: true: the worker's console.log lines arrive on worker.stdout (not on the parent's
// stdout), all of them before 'exit'.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  for (let i = 1; i <= 5; i++) console.log('line', i, { i });
`, { eval: true, stdout: true });
let text = '';
worker.stdout.setEncoding('utf8');
worker.stdout.on('data', (chunk) => { text += chunk; });
worker.on('exit', (code) => {
  console.log('exit', code);
  console.log('captured', JSON.stringify(text));
  console.log('lines', text.split('\n').filter(Boolean).length);
});
console.log('parent writes first');
