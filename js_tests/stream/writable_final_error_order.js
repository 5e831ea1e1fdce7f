// _final failing synchronously: error, close, then the end() callback, before later ticks.
const { Writable } = require('stream');
function mk(label) {
  const bad = new Writable({ objectMode: true, write(chunk, enc, cb) { console.log(label, 'write'); cb(); },
    final(cb) { console.log(label, 'final'); cb(new Error('final failed')); } });
  bad.on('error', (err) => console.log(label, 'error', err.message));
  bad.on('close', () => console.log(label, 'close'));
  return bad;
}
mk('A').end('x', (err) => console.log('A end cb', err && err.message));
process.nextTick(() => console.log('tick1'));
setImmediate(() => {
  console.log('---');
  mk('B').end((err) => console.log('B end cb', err && err.message));
  process.nextTick(() => console.log('tick2'));
});
