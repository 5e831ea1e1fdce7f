// import.meta.main is true only for the entry module of a thread: the main script, a worker's
// file; false for its dependencies, dynamic imports, a module required from CommonJS and a
// worker's eval code.
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import './helpers/meta_main_dep.mjs';

console.log('entry:', import.meta.main, Object.keys(import.meta).join());
await import('./helpers/meta_main_dynamic.mjs');
createRequire(import.meta.url)('./helpers/require_esm/no_default.mjs');
console.log('required:', createRequire(import.meta.url)('./helpers/meta_main_required.cjs'));
const fileWorker = new Worker(new URL('./helpers/meta_main_worker.mjs', import.meta.url));
await once(fileWorker, 'exit');
const evalWorker = new Worker('console.log("worker eval:", import.meta.main)', { eval: true, type: 'module' });
await once(evalWorker, 'exit');
