// Transferring web streams with structuredClone and postMessage (to a worker too): chunks, close, errors, TransformStreams, and the refusals.
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue({ b: 1 }); c.close(); } });
  const [copy] = structuredClone([rs], { transfer: [rs] });
  console.log(copy instanceof ReadableStream, rs.locked, copy.locked);
  for await (const chunk of copy) console.log('chunk', chunk);
  const out = [];
  // The sink is closed through the transfer's port: waited for, not given a time (20 ms was not
  // enough on a loaded machine). That port does not keep node's loop alive, so a timer does.
  let sinkClosed;
  const closing = new Promise((resolve) => { sinkClosed = resolve; });
  const ws = new WritableStream({ write(c) { out.push(c); }, close() { console.log('sink closed', out); sinkClosed(); } });
  const wcopy = structuredClone(ws, { transfer: [ws] });
  const w = wcopy.getWriter(); await w.write('x'); await w.write('y'); await w.close();
  const alive = setInterval(() => {}, 60000);
  await closing;
  clearInterval(alive);
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 10); } });
  const tcopy = structuredClone(ts, { transfer: [ts] });
  console.log(tcopy instanceof TransformStream);
  const tw = tcopy.writable.getWriter(); tw.write(1); tw.write(2); tw.close();
  for await (const c of tcopy.readable) console.log('transformed', c);
  try { structuredClone(new ReadableStream()); } catch (e) { console.log(e.name, e.message); }
  try { const l = new ReadableStream(); l.getReader(); structuredClone(l, { transfer: [l] }); } catch (e) { console.log(e.name, e.message); }
  const { Worker } = require('worker_threads');
  const src = ReadableStream.from(['w1', 'w2']);
  const worker = new Worker(`const { parentPort } = require('worker_threads'); parentPort.once('message', async ({ stream }) => { const got = []; for await (const c of stream) got.push(c); parentPort.postMessage(got); });`, { eval: true });
  worker.postMessage({ stream: src }, [src]);
  // printed last, whenever the worker answers
  const workerRead = new Promise((resolve) => worker.once('message', resolve));
  const [out1, out2] = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }).tee();
  const teed = structuredClone(out2, { transfer: [out2] });
  for await (const c of teed) console.log("teed", c);
  for await (const c of out1) console.log("out1", c);
  const errored = new ReadableStream({ start(c) { c.error(new Error('far away')); } });
  const ecopy = structuredClone(errored, { transfer: [errored] });
  await ecopy.getReader().read().catch((e) => console.log('error crossed', e.message));
  console.log('worker read', await workerRead);
  worker.terminate();
})();
