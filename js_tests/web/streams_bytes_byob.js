// Byte streams: BYOB readers, byobRequest.respond / respondWithNewView, autoAllocateChunkSize,
// min, typed views, and the errors of each.
(async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      pulls++;
      const request = controller.byobRequest;
      console.log('pull', pulls, request.view.constructor.name, request.view.byteLength);
      if (pulls > 3) {
        controller.close();
        request.respond(0);
        return;
      }
      const view = request.view;
      for (let i = 0; i < 3; i++) view[i] = pulls * 10 + i;
      request.respond(3);
    },
  });
  console.log(rs);
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader);
  let buffer = new ArrayBuffer(8);
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(buffer, 0, 8));
    console.log(done, value, buffer.byteLength, value.buffer.byteLength);
    if (done) break;
    buffer = value.buffer;
  }

  const enqueued = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
      controller.close();
    },
  });
  const byob = enqueued.getReader({ mode: 'byob' });
  console.log(await byob.read(new Uint16Array(2)));
  const viewRead = await byob.read(new DataView(new ArrayBuffer(5)));
  console.log(viewRead.done, viewRead.value.constructor.name, viewRead.value.byteLength, Buffer.from(viewRead.value.buffer));
  console.log(await byob.read(new Uint8Array(4)));

  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(controller) {
      const { view } = controller.byobRequest;
      view.set([9, 8]);
      controller.byobRequest.respond(2);
      controller.close();
    },
  });
  const defaultReader = auto.getReader();
  console.log(await defaultReader.read(), await defaultReader.read());

  const minStream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1]));
      setTimeout(() => controller.enqueue(new Uint8Array([2, 3])), 5);
    },
  });
  console.log(await minStream.getReader({ mode: 'byob' }).read(new Uint8Array(4), { min: 3 }));

  const newView = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const { view } = controller.byobRequest;
      const replacement = new Uint8Array(view.buffer, view.byteOffset, 2);
      replacement.set([42, 43]);
      controller.byobRequest.respondWithNewView(replacement);
    },
  });
  console.log(await newView.getReader({ mode: 'byob' }).read(new Uint8Array(6)));

  const errors = [
    () => new ReadableStream().getReader({ mode: 'byob' }),
    () => new ReadableStream({ type: 'bytes' }, { size() {} }),
    () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
    () => new ReadableStream({ type: 'x' }),
    () => new ReadableStream().getReader({ mode: 'x' }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.close(); c.enqueue(new Uint8Array(1)); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.close(); c.close(); } }),
  ];
  for (const fn of errors) {
    try {
      fn();
      console.log('no error');
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  const reader2 = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  for (const view of [undefined, 5, new Uint8Array(0)]) {
    await reader2.read(view).catch((error) => console.log(error.name, error.code, error.message));
  }
  await reader2.read(new Uint8Array(2), { min: 3 }).catch((error) => console.log(error.name, error.code, error.message));
  await reader2.read(new Uint8Array(2), { min: 0 }).catch((error) => console.log(error.name, error.code, error.message));
})();
