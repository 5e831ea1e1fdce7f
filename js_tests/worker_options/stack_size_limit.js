// resourceLimits.stackSizeMb bounds the worker's recursion; overflow is a RangeError in 'error'
const { Worker } = require('worker_threads');
const code = 'let d = 0; const f = () => { d++; f(); }; try { f(); } catch (e) { require("worker_threads").parentPort.postMessage([e.name, d > 1000]); }';
const w = new Worker(code, { eval: true, resourceLimits: { stackSizeMb: 1 } });
w.on('message', (m) => console.log(m));
