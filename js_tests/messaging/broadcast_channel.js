// BroadcastChannel: every other channel of the name receives, across threads too
const { BroadcastChannel, Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const a = new BroadcastChannel('news');
  const b = new BroadcastChannel('news');
  console.log(b.name, BroadcastChannel === globalThis.BroadcastChannel);
  // a gets the worker's message, b the worker's and a's; a never gets its own. Delivery to a and b
  // may interleave either way (in node too), so the lines are printed sorted once all three came.
  const lines = [];
  const received = (line) => {
    lines.push(line);
    if (lines.length === 3) {
      console.log(lines.sort().join('\n'));
      a.close();
      b.close();
    }
  };
  b.onmessage = (event) => received(`b got ${JSON.stringify(event.data)} ${event.constructor.name}`);
  a.onmessage = (event) => received(`a got ${JSON.stringify(event.data)} ${event.constructor.name}`);
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
