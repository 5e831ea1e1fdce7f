// a growable SharedArrayBuffer stays shared after it grows
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4, { maxByteLength: 64 });
console.log(sab.growable, sab.byteLength, sab.maxByteLength);
sab.grow(16);
const w = new Worker('const { workerData, parentPort } = require("worker_threads"); new Int32Array(workerData)[3] = 99; parentPort.postMessage(workerData.byteLength)', { eval: true, workerData: sab });
w.on('message', (len) => console.log('worker saw length', len, 'main reads', new Int32Array(sab)[3]));
