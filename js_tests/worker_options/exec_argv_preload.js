// --require in a worker's execArgv (separate value, = form, -r) preloads the module in that
// worker before its entry; inherited execArgv (none given) preloads what the parent's did; items
// that are neither flags nor a flag's value are dropped; --import is taken (node 20 does not
// run it in a worker). Run with `-r ./helpers/preload.js` (see the .json).
const { Worker } = require('worker_threads');

console.log('main execArgv', process.execArgv, 'preloaded', globalThis.preloaded);
const body = `
  const { threadId } = require('worker_threads');
  console.log('worker', threadId, 'execArgv', process.execArgv, 'preloaded', globalThis.preloaded);
`;
const cases = [
  undefined,
  ['--require', './helpers/preload.js'],
  ['--require=./helpers/preload.js', '-r', './helpers/preload.js'],
  ['./helpers/preload.js', '--no-warnings'],
  ['--import', './helpers/preload.js'],
  [],
];

(async () => {
  for (const execArgv of cases) {
    const worker = new Worker(body, { eval: true, execArgv });
    await new Promise((resolve) => worker.on('exit', resolve));
  }
  try {
    new Worker(body, { eval: true, execArgv: ['--title', 'x', 'y'] });
  } catch (error) {
    console.log(error.code, error.message);
  }
})();
