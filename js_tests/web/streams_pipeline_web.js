// stream.pipeline with web streams: ReadableStream sources, WritableStream destinations,
// TransformStream stages, mixed with node streams and generators, and errors.
const { Readable, Writable, Transform, pipeline } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

(async () => {
  const values = [];
  await pipelinePromise(ReadableStream.from(['a', 'b']), new WritableStream({ write(chunk) { values.push(chunk); } }));
  console.log('web to web', values);

  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const collected = [];
  await pipelinePromise(Readable.from(['x', 'y']), upper, new Writable({
    objectMode: true,
    write(chunk, encoding, callback) { collected.push(chunk); callback(); },
  }));
  console.log('node -> transform -> node', collected);

  const out = [];
  await pipelinePromise(new TransformStream({ start(c) { c.enqueue('from transform'); c.terminate(); } }),
    async function* (source) { for await (const chunk of source) yield `${chunk}!`; },
    new WritableStream({ write(chunk) { out.push(chunk); } }));
  console.log('transform source', out);

  const doubled = [];
  await pipelinePromise(ReadableStream.from([1, 2, 3]), new Transform({
    objectMode: true,
    transform(chunk, encoding, callback) { callback(null, chunk * 2); },
  }), new WritableStream({ write(chunk) { doubled.push(chunk); } }));
  console.log('web -> node transform -> web', doubled);

  let controller;
  const failing = new ReadableStream({ start(c) { controller = c; } });
  const aborted = new WritableStream({ abort(reason) { console.log('sink aborted with', reason.message); } });
  pipeline(failing, aborted, (error) => console.log('callback', error?.message));
  controller.error(new Error('kaboom'));
  await new Promise((resolve) => setTimeout(resolve, 10));

  await pipelinePromise(ReadableStream.from(['z']), new WritableStream({ write() { throw new Error('sink broke'); } }))
    .catch((error) => console.log('rejected', error.message));
})();
