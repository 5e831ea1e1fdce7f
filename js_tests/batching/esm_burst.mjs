// In an ES module with top-level await: a burst posted before an await that waits for the
// worker's answer leaves when the module waits (a worker module posts its own burst back).
// Each side listens before it awaits: awaiting once() per message, or once(worker, 'exit') after
// the messages, could miss an event emitted before the listener was added (node 24 itself did,
// under load).
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { once } from 'node:events';

function collectUntil(port, last) {
  return new Promise((resolve) => {
    const received = [];
    port.on('message', function onMessage(m) {
      received.push(m);
      if (m === last) {
        port.off('message', onMessage);
        resolve(received);
      }
    });
  });
}

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url));
  const exited = once(worker, 'exit');
  for (let i = 0; i < 5; i++) worker.postMessage(i % 2 ? i : { i });
  worker.postMessage('end');
  const got = await collectUntil(worker, 'worker end');
  console.log(got.map((m) => JSON.stringify(m)).join(' '));
  await exited;
  console.log('worker exited');
} else {
  const received = await collectUntil(parentPort, 'end');
  for (const m of received) parentPort.postMessage(m);
  parentPort.postMessage('worker end');
  parentPort.close();
}
