// receiveMessageOnPort on a burst takes the messages one by one, all of them, in order (small
// plain ones and direct-path ones alike), then undefined; from the same thread and from a worker.
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData } = require('worker_threads');
const show = (r) => (r === undefined ? 'undefined' : r.message instanceof Date ? `Date ${r.message.getTime()}` : JSON.stringify(r.message));
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(1);
  port1.postMessage({ two: 2 });
  port1.postMessage([3]);
  port1.postMessage(new Date(4));
  port1.postMessage('five');
  port1.postMessage(null);
  for (let i = 0; i < 8; i++) console.log('same thread', show(receiveMessageOnPort(port2)));
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const channel = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { port: channel.port1, flag }, transferList: [channel.port1] });
  worker.on('exit', () => {
    const lines = [];
    for (let r; (r = receiveMessageOnPort(channel.port2)) !== undefined;) lines.push(show(r));
    console.log('from worker', lines.length, lines.slice(0, 3).join(' '), '...', lines.slice(-3).join(' '));
    console.log('then', show(receiveMessageOnPort(channel.port2)));
  });
} else {
  const { port } = workerData;
  for (let i = 0; i < 1500; i++) port.postMessage(i % 500 === 499 ? new Date(i) : i % 2 ? i : { i });
}
