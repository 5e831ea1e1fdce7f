// Two workers exchange bursts through a MessageChannel passed in their transferLists: each posts
// a burst of mixed messages to the other and reports what it received, in order.
const { Worker, MessageChannel, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const reports = {};
  let exited = 0;
  for (const [name, port] of [['A', port1], ['B', port2]]) {
    const worker = new Worker(__filename, { workerData: { name, port }, transferList: [port] });
    worker.on('message', (m) => { reports[name] = m; });
    worker.on('exit', (code) => {
      if (++exited < 2) return;
      for (const key of ['A', 'B']) console.log(key, 'received', reports[key].join(' '), 'exit', code);
    });
  }
} else {
  const { name, port } = workerData;
  const got = [];
  port.on('message', (m) => {
    got.push(m instanceof Date ? `Date(${m.getTime()})` : typeof m === 'object' ? JSON.stringify(m) : String(m));
    if (m === 'end') {
      parentPort.postMessage(got);
      port.close();
    }
  });
  for (let i = 0; i < 20; i++) {
    if (i % 7 === 6) port.postMessage(new Date(i));
    else port.postMessage(i % 2 ? `${name}${i}` : { [name]: i });
  }
  port.postMessage('end');
}
