// tee(): both branches see every chunk, cancel of one or both, errors reaching both, byte streams.
(async () => {
  const source = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue({ n: 1 });
      controller.close();
    },
  });
  const [left, right] = source.tee();
  console.log(source.locked, left, right);
  const readAll = async (stream) => {
    const out = [];
    for await (const chunk of stream) out.push(chunk);
    return out;
  };
  const [l, r] = await Promise.all([readAll(left), readAll(right)]);
  console.log(l, r, l[1] === r[1]);

  const canceled = new ReadableStream({
    pull(controller) {
      controller.enqueue(1);
    },
    cancel(reason) {
      console.log('source cancel', reason);
    },
  });
  const [c1, c2] = canceled.tee();
  await c1.cancel('one');
  console.log('one canceled');
  await c2.cancel('two');
  console.log('both canceled');

  let ctl;
  const failing = new ReadableStream({ start(controller) { ctl = controller; } });
  const [f1, f2] = failing.tee();
  const r1 = f1.getReader();
  const r2 = f2.getReader();
  ctl.enqueue('x');
  console.log(await r1.read(), await r2.read());
  ctl.error(new Error('broken'));
  await r1.read().catch((error) => console.log('branch 1', error.message));
  await r2.closed.catch((error) => console.log('branch 2', error.message));

  const bytes = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2, 3]));
      controller.close();
    },
  });
  const [b1, b2] = bytes.tee();
  console.log(b1, b2);
  const byobRead = await b1.getReader({ mode: 'byob' }).read(new Uint8Array(8));
  const defaultRead = await b2.getReader().read();
  console.log(byobRead, defaultRead);
})();
