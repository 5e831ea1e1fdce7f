import { parentPort, workerData } from 'node:worker_threads';
const n: number = workerData as number;
parentPort!.postMessage(n + 1);
