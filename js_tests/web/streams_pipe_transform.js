// pipeTo / pipeThrough with TransformStreams: transform, flush, enqueue of several chunks,
// terminate, options, and the order of events.
(async () => {
  const upper = new TransformStream({
    start(controller) {
      console.log('transform start', controller.desiredSize);
    },
    transform(chunk, controller) {
      console.log('transform', chunk);
      controller.enqueue(chunk.toUpperCase());
      if (chunk === 'b') controller.enqueue('!');
    },
    flush(controller) {
      console.log('flush');
      controller.enqueue('END');
    },
  });
  console.log(upper);
  const source = ReadableStream.from(['a', 'b', 'c']);
  const out = [];
  await source.pipeThrough(upper).pipeTo(new WritableStream({
    write(chunk) {
      out.push(chunk);
    },
    close() {
      console.log('sink closed');
    },
  }));
  console.log(out, source.locked);

  const identity = new TransformStream();
  const writer = identity.writable.getWriter();
  const reader = identity.readable.getReader();
  writer.write(1);
  writer.write(2);
  writer.close();
  console.log(await reader.read(), await reader.read(), await reader.read());

  const terminating = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      controller.terminate();
    },
  });
  const tw = terminating.writable.getWriter();
  const tr = terminating.readable.getReader();
  tw.write('only').catch((error) => console.log('write after terminate', error.name, error.code, error.message));
  console.log(await tr.read(), await tr.read());
  await tw.write('more').catch((error) => console.log('second write', error.name, error.code, error.message));

  const async = new TransformStream({
    async transform(chunk, controller) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      controller.enqueue(chunk * 2);
    },
  }, { highWaterMark: 1 }, { highWaterMark: 0 });
  const doubled = [];
  await ReadableStream.from([1, 2, 3]).pipeThrough(async).pipeTo(new WritableStream({ write(c) { doubled.push(c); } }));
  console.log(doubled);

  const kept = new ReadableStream({ start(c) { c.enqueue('k'); c.close(); } });
  const dest = new WritableStream({ write(c) { console.log('dest got', c); }, close() { console.log('dest closed?'); } });
  await kept.pipeTo(dest, { preventClose: true });
  console.log('preventClose kept it open', dest.locked);
  const w = dest.getWriter();
  await w.write('later');
  await w.close();

  for (const bad of [() => ReadableStream.prototype.pipeThrough.call(new ReadableStream(), {}),
    () => new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: {} }),
    () => new TransformStream({ readableType: 'bytes' }),
    () => new TransformStream({ writableType: 'bytes' }),
    () => { const rs = new ReadableStream(); rs.getReader(); rs.pipeThrough(new TransformStream()); }]) {
    try {
      bad();
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  await new ReadableStream().pipeTo({}).catch((error) => console.log(error.name, error.code, error.message));
})();
