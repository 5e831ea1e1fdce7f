// structuredClone and postMessage copy Blobs and Files (type, name, lastModified, bytes) as node does.
(async () => {
  const b = new Blob(['hello'], { type: 'text/x' });
  const c = structuredClone(b);
  console.log(c, c instanceof Blob, c === b, await c.text());
  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
  const g = structuredClone({ f, list: [f, b] });
  console.log(g, g.f === g.list[0], g.f instanceof File, await g.f.text());
  const { Worker } = require('worker_threads');
  const w = new Worker(`const { parentPort } = require('worker_threads'); parentPort.once('message', async (m) => { parentPort.postMessage([m.constructor.name, m.name, m.size, await m.text()]); });`, { eval: true });
  w.postMessage(f);
  w.once('message', (m) => { console.log('worker got', m); w.terminate(); });
})();
