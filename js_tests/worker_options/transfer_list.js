// new Worker(..., { workerData, transferList }): the list is read as node reads it (an array-like:
// a Set or a number gives nothing, a string its characters), checked as postMessage checks it
// (nothing starts when it is refused), and the ArrayBuffers in it are detached in the parent
// once the worker is made, even those the workerData does not hold; marked ones are refused.
const { Worker, MessageChannel, markAsUntransferable } = require('worker_threads');

const echo = `
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(workerData);
`;

function start(label, options) {
  let worker;
  try {
    worker = new Worker(echo, { eval: true, ...options });
  } catch (error) {
    console.log(label, 'threw', error.name, error.code, error.message);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    worker.on('message', (message) => {
      console.log(label, 'received', message);
      worker.terminate().then(resolve);
    });
  });
}

(async () => {
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const moved = start('typed array', { workerData: bytes, transferList: [bytes.buffer] });
  console.log('after start: length', bytes.length, 'byteLength', bytes.buffer.byteLength);
  await moved;

  const loose = new ArrayBuffer(3);
  await start('not in data', { workerData: 'x', transferList: [loose] });
  console.log('loose buffer byteLength', loose.byteLength);

  const kept = new ArrayBuffer(8);
  markAsUntransferable(kept);
  await start('untransferable', { workerData: kept, transferList: [kept] });
  console.log('marked buffer byteLength', kept.byteLength);

  const set = new ArrayBuffer(5);
  await start('a Set', { workerData: set, transferList: new Set([set]) });
  console.log('buffer listed in a Set byteLength', set.byteLength);
  await start('a number', { workerData: 1, transferList: 5 });
  await start('a string', { workerData: 1, transferList: 'ab' });
  await start('a plain object', { workerData: 1, transferList: [{}] });

  const twice = new ArrayBuffer(8);
  await start('duplicate', { workerData: twice, transferList: [twice, twice] });
  console.log('duplicate buffer byteLength', twice.byteLength);

  const { port1 } = new MessageChannel();
  await start('port twice', { workerData: port1, transferList: [port1, port1] });
  const { port1: missing } = new MessageChannel();
  await start('port not listed', { workerData: { missing }, transferList: [] });
  // uncaught, the DataCloneError prints as a DOMException with its name in brackets
  new MessageChannel().port1.postMessage(1, [{}]);
})();
