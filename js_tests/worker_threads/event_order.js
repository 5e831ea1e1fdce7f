// 'online', then 'message's, then 'error', then 'exit', with the error's class and own properties
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('first');
  parentPort.postMessage('second');
  parentPort.once('message', () => {
    const e = new RangeError('bad thing');
    e.code = 'E_BAD';
    e.details = { n: 1 };
    throw e;
  });
`, { eval: true });
w.on('online', () => console.log('online'));
w.on('message', (m) => {
  console.log('message', m);
  if (m === 'second') w.postMessage('go');
});
w.on('error', (e) => {
  console.log('error', e instanceof RangeError, e.name, e.message, e.code, e.details, Object.keys(e));
  console.log('stack mentions the message', e.stack.includes('RangeError: bad thing'));
});
w.on('exit', (code) => console.log('exit', code));
