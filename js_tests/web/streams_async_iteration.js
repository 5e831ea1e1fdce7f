// Async iteration of ReadableStreams (values, preventCancel, break, errors) and ReadableStream.from.
(async () => {
  const numbers = ReadableStream.from([1, 2, 3]);
  for await (const n of numbers) console.log('n', n);
  console.log(numbers.locked, numbers);

  const cancelled = new ReadableStream({
    pull(controller) { controller.enqueue('x'); },
    cancel(reason) { console.log('cancel on break', reason); },
  });
  for await (const chunk of cancelled) {
    console.log('first', chunk);
    break;
  }
  console.log(cancelled.locked, cancelled);

  const kept = new ReadableStream({
    start(controller) { controller.enqueue('a'); controller.enqueue('b'); controller.close(); },
    cancel() { console.log('not called'); },
  });
  for await (const chunk of kept.values({ preventCancel: true })) {
    console.log('kept', chunk);
    break;
  }
  const rest = kept.getReader();
  console.log('still readable', await rest.read());

  const failing = new ReadableStream({ start(controller) { controller.enqueue(1); controller.error(new Error('mid')); } });
  try {
    for await (const chunk of failing) console.log('never', chunk);
  } catch (error) {
    console.log('iteration error', error.message);
  }

  const iterator = ReadableStream.from(['p', 'q'])[Symbol.asyncIterator]();
  console.log(Object.prototype.toString.call(iterator), typeof iterator.next, typeof iterator.return);
  console.log(await Promise.all([iterator.next(), iterator.next(), iterator.next()]));
  console.log(await iterator.return('done'));

  async function* generate() {
    try {
      yield 'g1';
      yield 'g2';
    } finally {
      console.log('generator finally');
    }
  }
  const fromGen = ReadableStream.from(generate());
  const genReader = fromGen.getReader();
  console.log(await genReader.read());
  await genReader.cancel('stop');
  console.log(await ReadableStream.from('hi').getReader().read());
  console.log(await ReadableStream.from(new Set(['s'])).getReader().read());
  const promises = ReadableStream.from([Promise.resolve('resolved'), 'plain']);
  for await (const value of promises) console.log('from promise', value);
  const existing = new ReadableStream();
  console.log(ReadableStream.from(existing) === existing);
  for (const bad of [5, null, {}]) {
    try {
      ReadableStream.from(bad);
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
})();
