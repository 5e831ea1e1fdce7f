// The commonest syntax errors in V8's words, in new Function(), eval and a worker's code
const { Worker } = require('worker_threads');
const codes = ['let x = ;', 'function (', '}', 'return 1', 'let let = 1', '"unterminated', 'x = )'];
(async () => {
  for (const code of codes) {
    await new Promise((resolve) => {
      const worker = new Worker(code, { eval: true });
      worker.on('error', (error) => console.log(JSON.stringify(code), 'worker', error.name, error.message));
      worker.on('exit', resolve);
    });
    try {
      new Function(code);
    } catch (error) {
      console.log('  function', error.name, error.message);
    }
    try {
      eval(code);
    } catch (error) {
      console.log('  eval', error.name, error.message);
    }
  }
})();
