// eval code with import syntax runs as a module; a data: URL worker
const { Worker } = require('worker_threads');
const w = new Worker('import { threadId } from "node:worker_threads"; console.log("module eval in thread", threadId);', { eval: true });
w.on('exit', (c) => {
  console.log('exit', c);
  const d = new Worker(new URL('data:text/javascript,import { parentPort } from "node:worker_threads"; parentPort.postMessage("from data url")'));
  d.on('message', (m) => console.log(m));
  d.on('exit', (code) => console.log('exit', code));
});
