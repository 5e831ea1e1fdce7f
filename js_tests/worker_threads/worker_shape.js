// A Worker's own keys and its accessors as node 24 has them: threadId, threadName, stdin, stdout,
// stderr and resourceLimits are prototype getters; after 'exit' threadId is -1, threadName null
const { Worker } = require('worker_threads');
const worker = new Worker('1', { eval: true, name: 'shape' });
console.log(Object.keys(worker));
const proto = Object.getPrototypeOf(worker);
for (const name of ['threadId', 'threadName', 'stdin', 'stdout', 'stderr', 'resourceLimits']) {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  console.log(name, typeof descriptor.get, descriptor.set, descriptor.enumerable, Object.hasOwn(worker, name));
}
for (const name of ['postMessage', 'terminate', 'ref', 'unref', 'getHeapSnapshot', 'getHeapStatistics', 'cpuUsage']) {
  console.log(name, typeof proto[name], proto[name].length, Object.getOwnPropertyDescriptor(proto, name).enumerable);
}
console.log(worker.threadId, worker.threadName, worker.stdin, worker.stdout === worker.stdout);
worker.on('exit', (code) => console.log('exit', code, worker.threadId, worker.threadName, worker.resourceLimits));
