// The synchronous pattern of synckit-like libraries: a worker posts on a port, sets a shared flag
// with Atomics.store (no notify) and goes on with long native work; the main thread spins until
// it sees the flag and then reads the port with receiveMessageOnPort. Every message posted before
// the store must be readable by then.
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { flag, port: port1 }, transferList: [port1] });
  worker.on('exit', (code) => console.log('exit', code));
  const deadline = Date.now() + 30000;   // wide: a loaded machine runs threads late
  while (Atomics.load(flag, 0) === 0 && Date.now() < deadline);
  console.log('flag', Atomics.load(flag, 0));
  for (let i = 0; i < 5; i++) console.log('read', JSON.stringify(receiveMessageOnPort(port2)));
} else {
  const { flag, port } = workerData;
  const numbers = new Float64Array(3e6);
  for (let i = 0; i < numbers.length; i++) numbers[i] = (i * 7919) % 1000003;
  port.postMessage({ first: 1 });
  port.postMessage({ second: 2 });
  port.postMessage('third');
  Atomics.store(flag, 0, 1);
  numbers.sort();   // long native work: no JS runs until it ends
  numbers.sort();
  port.close();
}
