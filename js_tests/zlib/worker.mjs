// zlib in a worker thread (its own handle table and loop, the same thread pool) and from ESM with
// named imports.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { brotliCompress, brotliDecompress, gzip, gunzipSync, constants } from 'node:zlib';
import zlib from 'zlib';

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url));
  worker.on('message', (message) => {
    console.log('from worker:', message);
    gzip('main thread data', (err, out) => console.log('main:', gunzipSync(out).toString(), zlib.gzip === gzip));
  });
  console.log(constants.Z_BEST_COMPRESSION, typeof zlib.createGzip);
} else {
  brotliCompress('worker data', (err, out) => {
    brotliDecompress(out, (err2, back) => parentPort.postMessage(back.toString()));
  });
}
