// resourceLimits: what was applied, reported inside the worker and (once online) in the parent;
// {} after exit; the main thread has none
const { Worker, resourceLimits } = require('worker_threads');
console.log('main', resourceLimits);
const w = new Worker('const { parentPort, resourceLimits } = require("worker_threads"); parentPort.postMessage(resourceLimits)', {
  eval: true, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2, maxYoungGenerationSizeMb: 16 },
});
w.on('message', (inside) => console.log('inside', inside, '\nparent', w.resourceLimits));
w.on('exit', () => console.log('after exit', w.resourceLimits));
