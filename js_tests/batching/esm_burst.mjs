// In an ES module with top-level await: a burst posted before an await that waits for the
// worker's answer leaves when the module waits (a worker module posts its own burst back).
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { once } from 'node:events';
if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url));
  for (let i = 0; i < 5; i++) worker.postMessage(i % 2 ? i : { i });
  worker.postMessage('end');
  const got = [];
  for (;;) {
    const [m] = await once(worker, 'message');
    got.push(JSON.stringify(m));
    if (m === 'worker end') break;
  }
  console.log(got.join(' '));
  await once(worker, 'exit');
  console.log('worker exited');
} else {
  const received = [];
  for (;;) {
    const [m] = await once(parentPort, 'message');
    received.push(m);
    if (m === 'end') break;
  }
  for (const m of received) parentPort.postMessage(m);
  parentPort.postMessage('worker end');
  parentPort.close();
}
