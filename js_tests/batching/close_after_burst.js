// A port closed right after posting a burst: every message of the burst is delivered, then
// 'close' on the receiving end; on the same thread and between a worker and the main thread.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port2.on('message', (m) => console.log('same thread got', JSON.stringify(m)));
  port2.on('close', () => {
    console.log('same thread port2 close');
    const channel = new MessageChannel();
    const worker = new Worker(__filename, { workerData: channel.port1, transferList: [channel.port1] });
    channel.port2.on('message', (m) => console.log('from worker got', JSON.stringify(m)));
    channel.port2.on('close', () => console.log('from worker port2 close'));
    worker.on('exit', (code) => console.log('worker exit', code));
  });
  for (let i = 0; i < 5; i++) port1.postMessage(i % 2 ? i : { i });
  port1.postMessage(new Date(0).getTime());
  port1.close();
  port1.postMessage('after close: dropped');
} else {
  const port = workerData;
  for (let i = 0; i < 5; i++) port.postMessage(i % 2 ? i : { i });
  port.close();
  port.postMessage('after close: dropped');
}
