// Flowing mode: 'resume', 'data', 'end', 'close' interleaved with ticks, microtasks and immediates.
const { Readable } = require('stream');

const log = (...args) => console.log(...args);
const r = new Readable({ objectMode: true, read() {} });
for (const ev of ['resume', 'pause', 'end', 'close', 'readable']) r.on(ev, () => log('event', ev));
r.on('data', (d) => log('data', d, 'flowing', r.readableFlowing, 'length', r.readableLength));
log('flowing after on(data)', r.readableFlowing, r.isPaused());
r.push('a');
r.push('b');
log('pushed sync, length', r.readableLength);
process.nextTick(() => {
  log('tick 1');
  r.push('c');
  log('pushed c, length', r.readableLength);
  Promise.resolve().then(() => {
    log('micro in tick');
    r.push(null);
  });
});
Promise.resolve().then(() => log('micro 1'));
setImmediate(() => log('immediate', r.readableEnded, r.destroyed, r.closed));
