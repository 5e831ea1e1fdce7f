// workerData is a structured clone: the worker sees a copy (types kept, prototype dropped)
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  class Point { constructor() { this.x = 1; } }
  const data = { list: [1, 2, 3], map: new Map([['k', new Set([1])]]), date: new Date(0), re: /a+/gi, big: 10n, point: new Point(), nested: { deep: { er: 'x' } } };
  const w = new Worker(__filename, { workerData: data });
  w.on('message', (m) => {
    console.log(m);
    console.log('main copy unchanged', data.list);
  });
} else {
  const types = [workerData.map instanceof Map, workerData.date instanceof Date, Object.getPrototypeOf(workerData.point) === Object.prototype];
  workerData.list.push(4);
  parentPort.postMessage({ seen: workerData, types });
}
