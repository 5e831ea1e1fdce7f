// process.stdout / stderr are node:stream Writables that stay open: end() gives 'finish' and the
// end callback, then the stream is reset (node never closes the fd).
const { Writable } = require('stream');
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, s instanceof Writable, s._isStdio, s.fd, s.writable, s.writableLength,
    s.writableHighWaterMark, s.writableObjectMode, s.writableCorked, typeof s.cork, typeof s.destroySoon);
}
const err = process.stderr;
const events = [];
err.on('finish', () => events.push(`finish finished=${err.writableFinished}`));
err.on('close', () => events.push(`close destroyed=${err.destroyed}`));
err.end(() => events.push('end callback'));
events.push(`ended=${err.writableEnded} writable=${err.writable}`);
setTimeout(() => {
  console.log(events.join('\n'));
  console.log('after', err.writableEnded, err.writable, err.destroyed);
}, 20);
