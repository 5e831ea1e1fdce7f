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
    // The worker's 'exit' and its channel's messages travel separately: node 24 may emit 'exit'
    // before the channel is drained, so the exit code is printed once both have happened.
    let exitCode, closed = false;
    const report = () => exitCode !== undefined && closed && console.log('worker exit', exitCode);
    channel.port2.on('close', () => { console.log('from worker port2 close'); closed = true; report(); });
    worker.on('exit', (code) => { exitCode = code; report(); });
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
