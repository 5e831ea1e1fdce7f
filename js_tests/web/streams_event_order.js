// The order of events across readers, writers, pipes and transforms (cancel, abort, prevent* options, errors, desiredSize).
const log = [];
const L = (...a) => log.push(a.map(String).join(' '));
(async () => {
  // 1 event order: closed, read, cancel
  const rs = new ReadableStream({ start(c) { c.enqueue(1); }, pull(c) { L('pull', c.desiredSize); }, cancel(r) { L('cancel', r); return new Promise((res) => setTimeout(() => { L('cancel done'); res(); }, 1)); } });
  const rd = rs.getReader();
  rd.closed.then(() => L('closed resolved'));
  rd.read().then((r) => L('read1', r.value, r.done));
  const p = rd.read().then((r) => L('read2', r.value, r.done));
  rd.cancel('why').then(() => L('cancel resolved'));
  await p; await new Promise((r) => setTimeout(r, 5));
  // 2 writer abort during write
  let resolveWrite;
  const ws = new WritableStream({ write(c) { L('write', c); return new Promise((r) => { resolveWrite = r; }); }, abort(r) { L('abort', r); }, close() { L('close'); } });
  const w = ws.getWriter();
  w.write('a').then(() => L('a done'), (e) => L('a err', e));
  w.write('b').then(() => L('b done'), (e) => L('b err', e));
  await null; await null;
  w.abort('stop').then(() => L('abort resolved'));
  w.closed.catch((e) => L('closed rejected', e));
  w.ready.catch((e) => L('ready rejected', e));
  L('state', ws[Symbol.for('nodejs.util.inspect.custom')] ? 'x' : 'y');
  resolveWrite();
  await new Promise((r) => setTimeout(r, 5));
  // 3 pipeTo preventAbort / preventCancel
  const src = new ReadableStream({ start(c) { c.error('srcerr'); }, cancel(r) { L('src cancel', r); } });
  const dst = new WritableStream({ abort(r) { L('dst abort', r); } });
  await src.pipeTo(dst, { preventAbort: true }).catch((e) => L('pipe1', e));
  L('dst locked', dst.locked);
  const src2 = new ReadableStream({ cancel(r) { L('src2 cancel', r); } });
  const dst2 = new WritableStream({ start(c) { c.error('dsterr'); } });
  await src2.pipeTo(dst2, { preventCancel: true }).catch((e) => L('pipe2', e));
  L('src2 locked', src2.locked);
  // 4 transform errors
  const ts = new TransformStream({ transform() { throw new Error('tf'); } });
  const tw = ts.writable.getWriter(); const tr = ts.readable.getReader();
  tw.write(1).catch((e) => L('tw', e.message)); tr.read().catch((e) => L('tr', e.message)); tw.closed.catch((e) => L('twc', e.message));
  await new Promise((r) => setTimeout(r, 5));
  // 5 flush and cancel
  const ts2 = new TransformStream({ flush() { L('flush'); }, cancel(r) { L('ts cancel', r); } });
  ts2.readable.cancel('rc').then(() => L('readable cancel done'));
  ts2.writable.getWriter().write('x').catch((e) => L('write after cancel', e));
  await new Promise((r) => setTimeout(r, 5));
  // 6 desiredSize sequence of a transform
  const ts3 = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 3 });
  const w3 = ts3.writable.getWriter();
  L('ds', w3.desiredSize); w3.write(1); L('ds', w3.desiredSize); w3.write(2); w3.write(3); w3.write(4); L('ds', w3.desiredSize);
  await new Promise((r) => setTimeout(r, 5)); L('ds later', w3.desiredSize);
  console.log(log.join('\n'));
})();
