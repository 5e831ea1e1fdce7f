// stream.finished and stream.addAbortSignal with web streams; a Buffer given to a BYOB reader comes
// back as a Uint8Array (no Buffer() deprecation); TextDecoderStream getters brand-check.
const { finished, addAbortSignal } = require('stream');
const { finished: finishedPromise } = require('stream/promises');

(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  finished(rs, (error) => console.log('readable finished', error));
  const reader = rs.getReader();
  ctl.enqueue('x');
  ctl.close();
  console.log(await reader.read(), await reader.read());

  const failing = new ReadableStream({ start(c) { c.error(new Error('web failure')); } });
  finished(failing, (error) => console.log('errored finished', error.message));

  const ws = new WritableStream();
  const done = finishedPromise(ws).then(() => console.log('writable finished'));
  await ws.getWriter().close();
  await done;

  const controller = new AbortController();
  const signalled = addAbortSignal(controller.signal, new ReadableStream());
  console.log(signalled instanceof ReadableStream);
  const pending = signalled.getReader().read();
  controller.abort('reason');
  await pending.catch((error) => console.log('aborted read', error.name, error.code, error.cause));
  const abortedWritable = addAbortSignal(AbortSignal.abort('early'), new WritableStream());
  console.log(abortedWritable);
  try {
    addAbortSignal(new AbortController().signal, {});
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  try {
    finished({}, () => {});
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }

  process.on('warning', (warning) => console.log('warning', warning.name));
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([7, 8])); c.close(); } });
  const { value } = await bytes.getReader({ mode: 'byob' }).read(Buffer.alloc(4));
  console.log(value.constructor.name, value);

  for (const getter of ['encoding', 'readable']) {
    try {
      Reflect.get(TextDecoderStream.prototype, getter, {});
    } catch (error) {
      console.log(getter, error.name, /Cannot read private member/.test(error.message));
    }
  }
})();
