// a worker over its memory limit: ERR_WORKER_OUT_OF_MEMORY, exit 1; the process and a sibling
// worker carry on
const { Worker } = require('worker_threads');
const sibling = new Worker('require("worker_threads").parentPort.once("message", () => { let s = 0; for (let i = 0; i < 3e6; i++) s += i; require("worker_threads").parentPort.postMessage(s) })', { eval: true });
sibling.on('message', (m) => console.log('sibling finished after the hog ended', m));
const hog = new Worker('const keep = []; for (;;) keep.push(new Array(1e5).fill(7))', {
  eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 },
});
hog.on('error', (e) => console.log('error', e.name, e.code, e.message));
hog.on('exit', (code) => {
  console.log('exit', code);
  const after = [];
  for (let i = 0; i < 1000; i++) after.push({ i });
  console.log('main still allocates', after.length);
  sibling.postMessage('go');
});
