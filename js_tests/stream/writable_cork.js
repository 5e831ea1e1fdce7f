// cork() buffers writes; uncork() hands them to _writev in one call.
const { Writable } = require('stream');

const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    console.log('_write', chunk);
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => `${c.chunk}/${c.encoding}`).join(' '), chunks.allBuffers);
    cb();
  },
});
w.write('first');
w.cork();
console.log('corked', w.writableCorked);
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
w.cork();
w.write('c');
console.log('corked twice', w.writableCorked, 'length', w.writableLength);
w.uncork();
console.log('after one uncork', w.writableCorked);
w.uncork();
console.log('after uncork', w.writableCorked, 'length', w.writableLength);
process.nextTick(() => {
  w.cork();
  w.write('x');
  w.write('y');
  w.end('z');
  console.log('end() uncorks', w.writableCorked);
});
w.on('finish', () => console.log('finish'));
