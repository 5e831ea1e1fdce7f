// terminate workers while they flood their parent with messages or post to each other: every
// terminate settles with 1, nothing hangs, no thread is left behind
const { Worker, MessageChannel } = require('worker_threads');
const fs = require('fs');
const ROUNDS = Number(process.argv[2] || 50);
const threads = () => fs.readdirSync('/proc/self/task').length;
const flood = 'const { parentPort } = require("worker_threads"); for (;;) parentPort.postMessage({ big: "x".repeat(100) })';
const relay = 'const { workerData: port } = require("worker_threads"); port.on("message", (m) => port.postMessage(m + 1)); port.postMessage(0)';
(async () => {
  const start = threads();
  const codes = new Map();
  const count = (code) => codes.set(code, (codes.get(code) ?? 0) + 1);
  for (let i = 0; i < ROUNDS; i++) {
    const flooder = new Worker(flood, { eval: true });
    await new Promise((resolve) => flooder.once('message', resolve));
    const { port1, port2 } = new MessageChannel();
    const a = new Worker(relay, { eval: true, workerData: port1, transferList: [port1] });
    const b = new Worker(relay, { eval: true, workerData: port2, transferList: [port2] });
    await new Promise((resolve) => setTimeout(resolve, i % 5));
    const results = await Promise.all([flooder.terminate(), a.terminate(), b.terminate()]);
    results.forEach(count);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  console.log(JSON.stringify({ codes: Object.fromEntries(codes), threadsBack: threads() === start }));
})();
