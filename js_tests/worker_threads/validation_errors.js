// bad arguments are rejected before any thread starts, with node's errors
const { Worker } = require('worker_threads');
const attempts = [
  () => new Worker('x.js'),
  () => new Worker('file:///tmp/x.js'),
  () => new Worker('data:text/javascript,1'),
  () => new Worker(42),
  () => new Worker({}),
  () => new Worker(__filename, { argv: 'x' }),
  () => new Worker(__filename, { name: 1 }),
  () => new Worker(__filename, { env: 1 }),
  () => new Worker(__filename, { execArgv: ['--definitely-not-a-flag'] }),
  () => new Worker(__filename, { workerData: () => 1 }),
  () => new Worker(__filename, { workerData: { s: Symbol('s') } }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
