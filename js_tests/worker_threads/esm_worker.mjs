// an ES module worker (.mjs), top-level await inside it, and import of worker_threads there
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
const w = new Worker(new URL('./helpers/esm_child.mjs', import.meta.url), { workerData: 'esm' });
w.on('message', (m) => console.log('got', m));
w.on('exit', (c) => console.log('exit', c));
console.log(typeof fileURLToPath);
