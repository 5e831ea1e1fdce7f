import { parentPort } from 'node:worker_threads';
console.log('worker entry:', import.meta.main, Object.keys(import.meta).join());
parentPort.postMessage('done');
