import { parentPort, workerData, isMainThread } from 'node:worker_threads';
await new Promise((resolve) => setTimeout(resolve, 5));
parentPort.postMessage({ workerData, isMainThread, url: import.meta.url.endsWith('esm_child.mjs') });
