// blob: URLs: URL.createObjectURL / revokeObjectURL, buffer.resolveObjectURL and fetch() of them.
const { resolveObjectURL } = require('buffer');

(async () => {
  const url = URL.createObjectURL(new Blob(['hello ', 'blob'], { type: 'Text/Plain' }));
  console.log(url.replace(/[0-9a-f-]{36}$/, '<uuid>'), /^blob:nodedata:[0-9a-f-]{36}$/.test(url));
  const blob = resolveObjectURL(url);
  console.log(blob instanceof Blob, blob.size, blob.type, await blob.text());
  const response = await fetch(url);
  console.log(response.status, response.statusText, [...response.headers], await response.text());
  try {
    await fetch(url, { method: 'POST', body: 'x' });
  } catch (error) {
    console.log(error.message, error.cause.message);
  }
  const untyped = URL.createObjectURL(new Blob([new Uint8Array([1, 2, 3])]));
  console.log([...(await fetch(untyped)).headers]);
  URL.revokeObjectURL(url);
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  try {
    await fetch(url);
  } catch (error) {
    console.log(error.message, error.cause.message);
  }
  for (const bad of ['not a url', undefined, 1, 'blob:nodedata:1:wrong', {}]) console.log(resolveObjectURL(bad));
  for (const bad of [undefined, 1, '', false, {}]) {
    try {
      URL.createObjectURL(bad);
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  try {
    URL.revokeObjectURL();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  console.log(URL.revokeObjectURL('http://example.com/'), URL.createObjectURL.length, URL.revokeObjectURL.length);
  // node keeps blob: URLs per thread: a worker does not see this thread's URLs
  const { Worker } = require('worker_threads');
  const kept = URL.createObjectURL(new Blob(['main']));
  const worker = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    parentPort.postMessage(String(require('buffer').resolveObjectURL(workerData)));`, { eval: true, workerData: kept });
  worker.on('message', (value) => console.log('worker sees', value));
})();
