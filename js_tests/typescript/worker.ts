// A Worker runs a TypeScript file as the main thread does.
import { Worker } from 'node:worker_threads';
const worker: Worker = new Worker(new URL('./helpers/worker_body.ts', import.meta.url), { workerData: 20 as number });
worker.on('message', (n: number) => console.log('worker says', n));
