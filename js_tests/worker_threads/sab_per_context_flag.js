// --enable-sharedarraybuffer-per-context: no SharedArrayBuffer global, in the main thread and in
// workers (which inherit the flag); Atomics stays
const { Worker } = require('worker_threads');
console.log(typeof SharedArrayBuffer, typeof Atomics, process.execArgv);
new Worker('console.log(typeof SharedArrayBuffer, typeof Atomics, process.execArgv); process.exit(2)', { eval: true })
  .on('exit', (code) => console.log('exit', code));
