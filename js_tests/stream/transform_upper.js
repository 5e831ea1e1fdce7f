// A Transform upper-casing strings, with flush adding a trailer; event order on both sides.
const { Transform } = require('stream');

const t = new Transform({
  decodeStrings: false,
  encoding: 'utf8',
  transform(chunk, encoding, cb) {
    console.log('_transform', JSON.stringify(chunk), encoding);
    cb(null, chunk.toUpperCase());
  },
  flush(cb) {
    console.log('_flush');
    this.push('<');
    cb(null, 'END>');
  },
});
for (const ev of ['finish', 'prefinish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (d) => console.log('data', JSON.stringify(d)));
t.write('hello ');
t.write('world');
t.end();
console.log('sync done', t.writableEnded, t.readableEnded);
