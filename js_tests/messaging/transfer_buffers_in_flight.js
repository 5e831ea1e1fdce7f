// postMessage(buffer, [buffer]) to a worker that is busy (blocked in Atomics.wait in a listener):
// the buffers wait for it in flight, each detached in the sender at once. A worker terminated with
// 20 of them waiting never sees them; another one, woken, receives them with their bytes, in order
// with the plain messages sent between them (a lone one, then two in one turn, then more buffers).
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const SIZE = 16384;

if (!isMainThread) {
  const state = new Int32Array(workerData);
  const got = [];
  parentPort.on('message', (m) => {
    if (m === 'block') {
      parentPort.postMessage('blocked');
      Atomics.wait(state, 0, 0);
      return;
    }
    if (m instanceof ArrayBuffer) {
      const words = new Uint32Array(m);
      got.push(`buffer(${m.byteLength}) ${words[0]}/${words[words.length - 1]}`);
    } else {
      got.push(JSON.stringify(m));
    }
    if (m === 'end') parentPort.postMessage(got);
  });
  return;
}

function filled(seed) {
  const buffer = new ArrayBuffer(SIZE);
  new Uint32Array(buffer).fill(seed);
  return buffer;
}

function sendBuffers(worker, from, count) {
  const sent = [];
  for (let seed = from; seed < from + count; seed++) {
    const buffer = filled(seed);
    worker.postMessage(buffer, [buffer]);
    sent.push(buffer);
  }
  return sent.every((buffer) => buffer.detached && buffer.byteLength === 0);
}

function busyWorker() {
  const state = new SharedArrayBuffer(4);
  const worker = new Worker(__filename, { workerData: state });
  worker.postMessage('block');
  return new Promise((resolve) => worker.once('message', () => resolve({ worker, state: new Int32Array(state) })));
}

async function main() {
  const dropped = await busyWorker();
  console.log('to a terminated worker, detached at once:', sendBuffers(dropped.worker, 1, 20));
  console.log('terminated:', await dropped.worker.terminate());

  const { worker, state } = await busyWorker();
  const first = sendBuffers(worker, 100, 5);
  worker.postMessage('lone');
  worker.postMessage({ two: 1 });
  worker.postMessage({ two: 2 });
  const then = sendBuffers(worker, 200, 3);
  worker.postMessage('end');
  console.log('to a busy worker, detached at once:', first, then);
  const received = new Promise((resolve) => worker.once('message', resolve));
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
  for (const line of await received) console.log(line);
  await worker.terminate();
}

main();
