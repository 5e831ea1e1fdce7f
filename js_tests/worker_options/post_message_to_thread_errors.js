// postMessageToThread's bad input, as node 24 reports it: always a rejected promise; a threadId
// that names no thread (whatever its type) is ERR_WORKER_MESSAGING_FAILED, checked after the
// timeout and before the value or the transfer list
const { postMessageToThread, threadId } = require('worker_threads');
const cases = [
  ['x'], [1.5], [-1], [null], [99, 1, 'not a list'], [99, () => {}], [threadId, 1],
  [99, 1, 5, 'bad'], [99, 1, -1], [99, 1, [], -5], [99, 1, [], Infinity],
];
(async () => {
  for (const args of cases) {
    const promise = postMessageToThread(...args);
    await promise.then(() => console.log('resolved'),
      (e) => console.log(promise instanceof Promise, e.name, e.code, e.message));
  }
})();
