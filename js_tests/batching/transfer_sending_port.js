// A port that has just posted a burst is transferred to a worker, which posts on it too: the
// receiver gets the burst first, then what the worker posted.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const got = [];
  // The worker's 'exit' and the port's last message travel separately (node 24 may emit 'exit'
  // first), so both are printed once both have come.
  let exitCode;
  let done = false;
  const report = () => {
    if (exitCode === undefined || !done) return;
    console.log(got.join(' '));
    console.log('exit', exitCode);
  };
  port2.on('message', (m) => {
    got.push(m instanceof Date ? `Date ${m.getTime()}` : JSON.stringify(m));
    if (m === 'worker end') {
      done = true;
      port2.close();
      report();
    }
  });
  for (let i = 0; i < 5; i++) port1.postMessage(i % 2 ? i : { i });
  const worker = new Worker(__filename);
  worker.postMessage({ port: port1 }, [port1]);
  worker.on('exit', (code) => { exitCode = code; report(); });
} else {
  parentPort.once('message', ({ port }) => {
    port.postMessage('from worker');
    port.postMessage(new Date(1));
    port.postMessage('worker end');
    port.close();
  });
}
