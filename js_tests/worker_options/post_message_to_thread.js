// postMessageToThread: a value for another thread's process 'workerMessage' listeners, and its errors
const { Worker, postMessageToThread, threadId, isMainThread } = require('worker_threads');
if (isMainThread) {
  // (the promise's settling and the worker's reply reach the main thread by different paths, in
  // either order, and the settling may come after the worker's exit: both are printed once the
  // promise has settled and the worker has exited)
  const seen = [];
  process.on('workerMessage', (value, source) => seen.push(`main got ${value} from ${source}`));
  const w = new Worker(__filename);
  const exited = new Promise((resolve) => w.on('exit', resolve));
  w.on('online', async () => {
    try { await postMessageToThread(threadId, 1); } catch (e) { console.log(e.name, e.code, e.message); }
    try { await postMessageToThread(99, 1); } catch (e) { console.log(e.name, e.code, e.message); }
    const result = await postMessageToThread(w.threadId, { hi: 'worker' });
    seen.unshift(`resolved ${result}`);
    await exited;
    console.log(seen);
  });
} else {
  process.on('workerMessage', async (value, source) => {
    console.log('worker got', value, 'from', source);
    await postMessageToThread(0, 'back');
    process.exit(0);
  });
  setTimeout(() => {}, 30000);   // until the message, which ends it, comes: load can delay it
}
