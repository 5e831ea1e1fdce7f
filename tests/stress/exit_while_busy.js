// process.exit() on the main thread while workers spin and block ends the process at once
const { Worker } = require('worker_threads');
const ints = new Int32Array(new SharedArrayBuffer(4));
let online = 0;
const ready = () => { if (++online === 3) setTimeout(() => process.exit(42), 50); };
new Worker('for (;;) {}', { eval: true }).on('online', ready);
new Worker('for (;;) {}', { eval: true }).on('online', ready);
new Worker('Atomics.wait(require("worker_threads").workerData, 0, 0)', { eval: true, workerData: ints }).on('online', ready);
