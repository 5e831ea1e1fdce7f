// resourceLimits of 0 MB ask for the least heap there is: too little for the worker's environment,
// so 'error' ERR_WORKER_OUT_OF_MEMORY and 'exit' (node's test-worker-nearheaplimit-deadlock);
// node reports V8's least old generation, 2 MB
const { Worker } = require('worker_threads');
const worker = new Worker('setInterval(() => {}, 1)', {
  eval: true, resourceLimits: { maxYoungGenerationSizeMb: 0, maxOldGenerationSizeMb: 0 },
});
const { maxOldGenerationSizeMb } = worker.resourceLimits;
console.log('reported', maxOldGenerationSizeMb);
worker.on('error', (error) => console.log('error', error.code));
worker.on('exit', (code) => console.log('exit', code));
