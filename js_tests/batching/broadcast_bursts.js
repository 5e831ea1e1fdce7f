// Workers on one BroadcastChannel each post a burst of small messages with a direct-path one
// (holding a Date) in the middle and at the end: every other member receives each worker's
// messages complete and in that worker's order.
const { Worker, BroadcastChannel, isMainThread, parentPort, workerData } = require('worker_threads');
const COUNT = 30;
const WORKERS = ['A', 'B', 'C'];
function summarize(got) {
  const bySender = {};
  for (const m of got) (bySender[m.from] ??= []).push(m.date ? `D${m.date.getTime()}` : m.i);
  return Object.keys(bySender).sort().map((k) => `${k}:${bySender[k].join(',')}`).join(' ');
}
function post(channel, name) {
  for (let i = 0; i < COUNT; i++) {
    channel.postMessage({ from: name, i });
    if (i === COUNT / 2) channel.postMessage({ from: name, date: new Date(i) });
  }
  channel.postMessage({ from: name, date: new Date(COUNT) });
}
const total = COUNT + 2;
if (isMainThread) {
  const channel = new BroadcastChannel('bursts');
  const reports = [];
  let ready = 0;
  let exited = 0;
  let mainSummary;
  const finish = () => {
    if (exited === WORKERS.length && mainSummary !== undefined) console.log(`${mainSummary}\n${reports.sort().join('\n')}`);
  };
  const workers = WORKERS.map((name) => {
    const worker = new Worker(__filename, { workerData: name });
    worker.on('message', (m) => {
      if (m === 'ready') {
        if (++ready === WORKERS.length) workers.forEach((w) => w.postMessage('go'));
      } else {
        reports.push(`worker ${name} received ${m}`);
      }
    });
    worker.on('exit', () => {
      exited++;
      finish();
    });
    return worker;
  });
  const got = [];
  channel.onmessage = ({ data }) => {
    got.push(data);
    if (got.length === WORKERS.length * total) {
      mainSummary = `main received ${summarize(got)}`;
      channel.close();
      finish();
    }
  };
} else {
  const name = workerData;
  const channel = new BroadcastChannel('bursts');
  const got = [];
  let posted = false;
  // closed once this worker has both posted its burst and received the others' (either may come
  // first: the others may be done before this one's 'go' arrives)
  const maybeClose = () => {
    if (posted && got.length === (WORKERS.length - 1) * total) {
      parentPort.postMessage(summarize(got));
      channel.close();
    }
  };
  channel.onmessage = ({ data }) => {
    got.push(data);
    maybeClose();
  };
  parentPort.once('message', () => {
    post(channel, name);
    posted = true;
    maybeClose();
  });
  parentPort.postMessage('ready');
}
