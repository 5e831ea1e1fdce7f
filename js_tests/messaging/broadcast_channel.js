// BroadcastChannel: every other channel of the name receives, across threads too
const { BroadcastChannel, Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const a = new BroadcastChannel('news');
  const b = new BroadcastChannel('news');
  console.log(b.name, BroadcastChannel === globalThis.BroadcastChannel);
  let got = 0;
  b.onmessage = (event) => {
    console.log('b got', event.data, event.constructor.name);
    if (++got === 2) { a.close(); b.close(); }
  };
  a.onmessage = (event) => console.log('a got its own message (never)', event.data);
  const w = new Worker(__filename);
  w.on('exit', () => a.postMessage({ from: 'main' }));
  try { new BroadcastChannel(); } catch (e) { console.log(e.code, e.message); }
  const c = new BroadcastChannel(5);
  console.log(typeof c.name, c.name);
  c.close();
  try { c.postMessage(1); } catch (e) { console.log(e.name, e.message, e.code); }
} else {
  const ch = new BroadcastChannel('news');
  ch.postMessage('from worker');
  ch.close();
}
