// One source piped to two destinations: both get every chunk; the slow one holds the source back.
const { Readable, Writable } = require('stream');

let i = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 1,
  read() {
    i++;
    this.push(i <= 4 ? i : null);
  },
});
function sink(name, async) {
  return new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, enc, cb) {
      console.log(name, chunk);
      if (async) setImmediate(cb);
      else cb();
    },
  }).on('finish', () => console.log(name, 'finish'));
}
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
src.pipe(sink('fast', false));
src.pipe(sink('slow', true));
src.on('end', () => console.log('src end'));
