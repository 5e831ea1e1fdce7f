// argv is appended to the worker's process.argv; execArgv is validated and visible inside
const { Worker } = require('worker_threads');
const w = new Worker('console.log(process.argv.slice(1), process.execArgv)', {
  eval: true, argv: ['a', 1, true], execArgv: ['--no-warnings'], name: 'named worker',
});
w.on('exit', () => {
  try { new Worker('1', { eval: true, execArgv: ['--not-a-real-flag'] }); } catch (e) { console.log(e.name, e.code, e.message); }
  for (const bad of [{ env: 'x' }, { argv: 5 }, { execArgv: 'x' }, { name: {} }]) {
    try { new Worker('1', { eval: true, ...bad }); } catch (e) { console.log(e.code, e.message); }
  }
});
