// Worker body for the exit fixtures: posts a burst, then ends in the way workerData.how says.
const { parentPort, workerData } = require('worker_threads');
const { how, count } = workerData;
for (let i = 0; i < count; i++) parentPort.postMessage(i % 3 === 0 ? { i } : i);
if (how === 'exit') process.exit(3);
if (how === 'throw') throw new RangeError('thrown after the burst');
if (how === 'exitAfterDirect') {
  parentPort.postMessage(new Date(0));
  parentPort.postMessage('after the direct one');
  process.exit(4);
}
