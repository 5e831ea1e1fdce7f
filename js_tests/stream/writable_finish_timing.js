// How many ticks after end() 'finish' and 'close' come, for sync writes with and without a
// callback, in byte and object mode (counted against a chain of user ticks).
const { Writable } = require('stream');

function run(objectMode, mode, next) {
  const label = `${objectMode ? 'object' : 'bytes'}/${mode}`;
  const events = [];
  let t = 0;
  function tick() {
    const n = ++t;
    process.nextTick(() => {
      events.push(`t${n}`);
      if (n < 5) tick();
    });
  }
  const w = new Writable({ objectMode, decodeStrings: false, write(c, e, cb) { cb(); } });
  for (const ev of ['finish', 'close', 'prefinish']) w.on(ev, () => events.push(ev));
  if (mode === 'write+end') {
    w.write('x');
    tick();
    w.end();
  } else if (mode === 'write(cb)+end') {
    w.write('x', () => events.push('write cb'));
    tick();
    w.end();
  } else {
    tick();
    w.end('x');
  }
  setImmediate(() => {
    console.log(label.padEnd(22), events.join(' '));
    next();
  });
}

const cases = [];
for (const objectMode of [false, true]) {
  for (const mode of ['write+end', 'write(cb)+end', 'end(chunk)']) cases.push([objectMode, mode]);
}
(function next() {
  const c = cases.shift();
  if (c) run(c[0], c[1], next);
})();
