// allowHalfOpen: false ends the writable side after 'end'; default keeps it open.
const { Duplex } = require('stream');

function make(name, options) {
  const d = new Duplex({
    objectMode: true,
    ...options,
    read() {},
    write(chunk, enc, cb) {
      console.log(name, 'write', chunk);
      cb();
    },
    final(cb) {
      console.log(name, 'final');
      cb();
    },
  });
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => console.log(name, ev));
  d.on('data', (x) => console.log(name, 'data', x));
  console.log(name, 'allowHalfOpen', d.allowHalfOpen);
  return d;
}

const closing = make('closing', { allowHalfOpen: false });
closing.write('w1');
closing.push('r1');
closing.push(null);

const open = make('open', {});
open.push('r1');
open.push(null);
setImmediate(() => {
  console.log('open writable after end', open.writable, open.destroyed);
  open.end('last');
});
