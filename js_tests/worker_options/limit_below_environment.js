// A memory limit too small for the worker's environment itself: 'error' ERR_WORKER_OUT_OF_MEMORY,
// then 'exit' with 0 (the worker never started), the parent going on
const { Worker } = require('worker_threads');
const worker = new Worker('setInterval(() => {}, 1)', { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1 } });
worker.on('online', () => console.log('online (never)'));
worker.on('error', (error) => console.log('error', error.name, error.code, error.message));
worker.on('exit', (code) => console.log('exit', code));
