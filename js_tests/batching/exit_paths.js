// A worker posts a burst and then calls process.exit(3), returns normally, or throws: the main
// thread receives every message before 'error' and 'exit'.
const { Worker } = require('worker_threads');
const path = require('path');
const file = path.join(__dirname, 'helpers', 'exit_worker.js');
function run(how, count) {
  return new Promise((resolve) => {
    const worker = new Worker(file, { workerData: { how, count } });
    const seen = [];
    worker.on('message', (m) => seen.push(m));
    worker.on('error', (e) => seen.push(`error ${e.name}: ${e.message}`));
    worker.on('exit', (code) => {
      const numbers = seen.filter((m) => typeof m === 'number' || (m && m.i !== undefined));
      const inOrder = numbers.every((m, i) => (typeof m === 'number' ? m : m.i) === i);
      const rest = seen.filter((m) => !numbers.includes(m)).map((m) => (m instanceof Date ? 'Date' : m));
      console.log(how, 'messages', numbers.length, 'in order', inOrder, 'then', JSON.stringify(rest), 'exit', code);
      resolve();
    });
  });
}
(async () => {
  for (const count of [1, 2, 10, 700]) {
    await run('exit', count);
    await run('return', count);
    await run('throw', count);
    await run('exitAfterDirect', count);
  }
})();
