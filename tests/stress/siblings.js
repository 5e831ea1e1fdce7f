// a worker that throws, one that overflows its stack and one that spins forever (terminated)
// never disturb a sibling doing real work
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const results = {};
  const done = () => {
    if (Object.keys(results).length === 4) console.log(JSON.stringify(results));
  };
  const start = (kind) => {
    const w = new Worker(__filename, { workerData: kind });
    w.on('error', (e) => { results[kind] = `error ${e.name}: ${e.message}`; });
    w.on('message', (m) => { results[kind] = m; });
    w.on('exit', (code) => { results[kind] = `${results[kind]} / exit ${code}`; done(); });
    return w;
  };
  start('worker');
  start('throws');
  start('overflow');
  const spinner = start('spins');
  setTimeout(() => spinner.terminate(), 300);
} else if (workerData === 'worker') {
  let sum = 0;
  for (let i = 0; i < 5e6; i++) sum += i % 7;
  parentPort.postMessage(`sum ${sum}`);
} else if (workerData === 'throws') {
  throw new TypeError('thrown on purpose');
} else if (workerData === 'overflow') {
  const deep = (n) => deep(n + 1) + 1;
  deep(0);
} else {
  for (;;) {}
}
