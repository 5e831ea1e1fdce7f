// fs.createReadStream / createWriteStream: start / end / highWaterMark / encoding, the order of
// 'open' / 'ready' / 'data' / 'end' / 'close', bytesRead / bytesWritten / pending, fd and
// autoClose, flush, and node's errors for bad options
const fs = require('fs');
const { at, describe } = require('./helpers/tmp');

const file = at('alphabet.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function read(label, options) {
  return new Promise((resolve) => {
    const stream = fs.createReadStream(file, options);
    const events = [`pending=${stream.pending}`];
    for (const name of ['open', 'ready', 'end', 'close']) stream.on(name, () => events.push(name));
    stream.on('data', (chunk) => events.push(`data:${chunk}`));
    stream.on('error', (error) => events.push(`error:${error.code}`));
    // without autoClose the stream is not destroyed at its end: no 'close'
    stream.on(options?.autoClose === false ? 'end' : 'close', () => setImmediate(() => {
      console.log(label, events.join(' '), `bytesRead=${stream.bytesRead}`, `pending=${stream.pending}`,
        `destroyed=${stream.destroyed}`);
      resolve();
    }));
  });
}

function write(label, options, chunks) {
  return new Promise((resolve) => {
    const target = at(`${label}.out`);
    const stream = fs.createWriteStream(target, options);
    const events = [];
    for (const name of ['open', 'ready', 'finish', 'close']) stream.on(name, () => events.push(name));
    for (const chunk of chunks) stream.write(chunk);
    stream.end(() => events.push(`end bytesWritten=${stream.bytesWritten}`));
    stream.on('close', () => {
      console.log(label, events.join(' '), JSON.stringify(fs.readFileSync(target, 'latin1')));
      resolve();
    });
  });
}

(async () => {
  await read('whole', { encoding: 'utf8' });
  await read('range', { start: 3, end: 10, highWaterMark: 4, encoding: 'utf8' });
  await read('start only', { start: 20, encoding: 'latin1' });
  await read('empty range', { start: 26 });
  const stream = fs.createReadStream(at('nope'));
  stream.on('error', (error) => console.log('missing', describe(error)));
  await new Promise((resolve) => stream.on('close', resolve));

  const fd = fs.openSync(file, 'r');
  await read('fd no autoClose', { fd, autoClose: false, start: 24, encoding: 'utf8' });
  console.log('fd still open', fs.fstatSync(fd).size);
  fs.closeSync(fd);

  await write('plain', undefined, ['abc', Buffer.from('def')]);
  await write('flush', { flush: true, encoding: 'latin1' }, ['\xe9t\xe9']);
  fs.writeFileSync(at('start.out'), '0123456789');
  await write('start', { flags: 'r+', start: 4 }, ['XY', 'Z']);
  await write('many', { highWaterMark: 2 }, ['a', 'b', 'c', 'd', 'e', 'f']);

  const w = fs.createWriteStream(at('close.out'));
  w.write('closing');
  w.close(() => console.log('close callback', fs.readFileSync(at('close.out'), 'utf8'), w.closed));

  for (const options of [{ start: -1 }, { start: 5, end: 2 }, { end: 'x' }, { fd: 'x' }, { fd: {} },
    { fs: { open: 1 } }, { highWaterMark: -1 }, { encoding: 'bad' }]) {
    try {
      fs.createReadStream(file, options);
      console.log('read no error');
    } catch (error) {
      console.log('read', describe(error));
    }
  }
  for (const options of [{ flush: 1 }, { start: 'x' }, { fs: { open() {}, write: 1 } }, { fs: { open() {} } }]) {
    try {
      fs.createWriteStream(at('never'), options);
      console.log('write no error');
    } catch (error) {
      console.log('write', describe(error));
    }
  }
  try {
    fs.ReadStream.prototype.autoClose;
  } catch (error) {
    console.log(describe(error));
  }
  console.log(typeof fs.ReadStream, fs.FileReadStream === fs.ReadStream, fs.ReadStream('x', { fd: 99 }) instanceof fs.ReadStream);
})();
