// The parent's process.stdin piped into worker.stdin; the worker reverses each line and its
// stdout is piped back into the parent's process.stdout.
const { Worker } = require('worker_threads');

const worker = new Worker(`
  let rest = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    const lines = (rest + chunk).split('\\n');
    rest = lines.pop();
    for (const line of lines) console.log([...line].reverse().join(''));
  });
  process.stdin.on('end', () => console.log('-- worker saw end, rest ' + JSON.stringify(rest)));
`, { eval: true, stdin: true, stdout: true });
process.stdin.pipe(worker.stdin);
worker.stdout.pipe(process.stdout);
worker.on('exit', (code) => console.log('exit', code));
