// Errors, cancel and abort: how each settles readers, writers and pipes; the signal of a
// WritableStream controller; node's error codes.
const show = (label) => (error) => console.log(label, error?.name, error?.code, error?.message ?? error);

(async () => {
  const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  console.log(errored);
  await errored.getReader().read().catch(show('read'));
  await errored.cancel().catch(show('cancel errored'));

  const rs = new ReadableStream({ cancel(reason) { console.log('cancel called with', reason); return 'ignored'; } });
  const reader = rs.getReader();
  await rs.cancel().catch(show('cancel locked'));
  console.log('reader.cancel ->', await reader.cancel('why'), rs);
  await reader.closed.then(() => console.log('closed resolved'));
  reader.releaseLock();
  await reader.read().catch(show('read after release'));
  await reader.closed.catch(show('closed after release'));
  try { rs.getReader(); rs.getReader(); } catch (error) { show('second reader')(error); }

  const pending = new ReadableStream();
  const pendingReader = pending.getReader();
  const pendingRead = pendingReader.read();
  pendingReader.releaseLock();
  await pendingRead.catch(show('pending read on release'));

  let aborted;
  const ws = new WritableStream({
    start(controller) {
      controller.signal.addEventListener('abort', () => console.log('signal aborted', controller.signal.reason));
    },
    write() { return new Promise(() => {}); },
    abort(reason) { aborted = reason; console.log('sink abort', reason); },
  });
  const writer = ws.getWriter();
  writer.write('stuck').catch(show('stuck write'));
  const second = writer.write('queued').catch(show('queued write'));
  await new Promise((resolve) => setTimeout(resolve, 2));
  const abortPromise = writer.abort('stop');
  console.log(ws);
  await second;
  await writer.closed.catch(show('writer.closed'));
  await writer.ready.catch(show('writer.ready'));
  console.log('abort pending; sink abort not called yet', aborted);

  const closedWs = new WritableStream();
  const closedWriter = closedWs.getWriter();
  await closedWriter.close();
  await closedWriter.write('x').catch(show('write after close'));
  await closedWriter.close().catch(show('close twice'));
  closedWriter.releaseLock();
  await closedWriter.write('y').catch(show('write released'));
  try { console.log(closedWriter.desiredSize); } catch (error) { show('desiredSize released')(error); }
  await closedWs.abort('late').then(() => console.log('abort of closed resolves'));

  const failingSink = new WritableStream({ write() { throw new Error('sink failed'); } });
  const fw = failingSink.getWriter();
  await fw.write(1).catch(show('failing write'));
  await fw.write(2).catch(show('next write'));
  console.log(failingSink, fw.desiredSize);

  const ctrlErr = new WritableStream({ start(c) { c.error(new Error('controller error')); } });
  await ctrlErr.getWriter().write(1).catch(show('controller errored'));

  const source = new ReadableStream({
    pull(controller) { controller.enqueue('chunk'); },
    cancel(reason) { console.log('source canceled by pipe', reason?.message ?? reason); },
  });
  const dest = new WritableStream({ write() { throw new Error('dest failed'); } });
  await source.pipeTo(dest).catch(show('pipe'));

  const controller = new AbortController();
  const slow = new ReadableStream({ pull(c) { c.enqueue(1); return new Promise((r) => setTimeout(r, 1)); }, cancel(r) { console.log('canceled by signal', r.name); } });
  const sink = new WritableStream({ abort(r) { console.log('sink aborted by signal', r.name); } });
  const piping = slow.pipeTo(sink, { signal: controller.signal });
  setTimeout(() => controller.abort(), 5);
  await piping.catch(show('aborted pipe'));
  await new ReadableStream().pipeTo(new WritableStream(), { signal: AbortSignal.abort('pre') }).catch(show('pre-aborted'));
  await abortPromise.then(() => console.log('abort settled'), show('abort rejected'));

  for (const fn of [
    () => new ReadableStream(5),
    () => new ReadableStream({}, 5),
    () => new ReadableStream({ start: 5 }),
    () => new WritableStream({ type: 'bytes' }),
    () => new WritableStream({ write: 'x' }),
    () => new ReadableStreamDefaultReader(5),
    () => new ReadableStreamDefaultController(),
    () => new WritableStreamDefaultController(),
    () => ReadableStream.prototype.getReader.call({}),
    () => Object.getOwnPropertyDescriptor(WritableStream.prototype, 'locked').get.call({}),
    () => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.enqueue(1); },
    () => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.close(); },
    () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); },
    () => new ReadableStream({ start() { throw new Error('start threw'); } }),
  ]) {
    try {
      fn();
      console.log('no error');
    } catch (error) {
      show('throws')(error);
    }
  }
  await ReadableStream.prototype.cancel.call({}).catch(show('cancel brand'));
  await WritableStream.prototype.abort.call({}).catch(show('abort brand'));
})();
