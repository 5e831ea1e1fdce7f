// stdin: true: what the parent writes to worker.stdin is the worker's process.stdin; end() ends it.
// The worker echoes it back upper-cased on its (redirected) stdout.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { input += chunk; });
  process.stdin.on('end', () => {
    process.stdout.write(input.toUpperCase());
    console.log('[' + input.length + ' chars]');
  });
`, { eval: true, stdin: true, stdout: true });
let echoed = '';
worker.stdout.setEncoding('utf8').on('data', (chunk) => { echoed += chunk; });
console.log('stdin is a Writable', typeof worker.stdin.write, typeof worker.stdin.end);
worker.stdin.write('first line\n');
worker.stdin.write(Buffer.from('second line\n'));
worker.stdin.end('caf\u00e9\n');
worker.on('exit', (code) => console.log('exit', code, JSON.stringify(echoed)));
