// Each process.stdout.write in a worker is one 'data' event of worker.stdout in the parent,
// redirected or inherited (node sends each write as its own chunk).
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const run = (redirect, then) => {
    const w = new Worker(__filename, { stdout: redirect });
    const chunks = [];
    w.stdout.on('data', (chunk) => chunks.push(String(chunk)));
    w.on('exit', () => {
      console.log(`\nstdout ${redirect ? 'redirected' : 'inherited'}:`, chunks.length, JSON.stringify(chunks.join('')));
      then();
    });
  };
  run(true, () => run(false, () => {}));
} else {
  for (let i = 0; i < 10; ++i) process.stdout.write(`w${i};`);
}
