// FileHandle (fs.promises.open) as node 24 has it: an EventEmitter with 'close', readv / writev,
// readableWebStream, readLines, createReadStream / createWriteStream over it, asyncDispose,
// signal on readFile / writeFile
const fs = require('fs');
const fsp = require('fs/promises');
const { at, describe } = require('./helpers/tmp');

const file = at('lines.txt');
fs.writeFileSync(file, 'one\ntwo\r\nthree\n\nfive');

(async () => {
  const handle = await fsp.open(file, 'r+');
  console.log(handle instanceof require('events'), Object.keys(handle), handle.constructor.name);
  const a = Buffer.alloc(3);
  const b = Buffer.alloc(5);
  const readv = await handle.readv([a, b], 0);
  console.log(readv, Object.getPrototypeOf(readv));
  console.log(await handle.writev([Buffer.from('ONE')], 0));
  try {
    await handle.readv('x');
  } catch (error) {
    console.log(describe(error));
  }

  const lines = [];
  for await (const line of handle.readLines({ start: 0 })) lines.push(line);
  console.log(lines);

  // the read stream closes the handle when it ends (autoClose)
  const second = await fsp.open(file);
  second.on('close', () => console.log('second handle close'));
  const stream = second.createReadStream({ encoding: 'utf8', start: 4, end: 6 });
  stream.on('data', (chunk) => console.log('stream data', chunk));
  await new Promise((resolve) => stream.on('close', resolve));
  console.log('after stream', second.fd);

  // a write stream over a handle
  const third = await fsp.open(at('written.txt'), 'w');
  const writer = third.createWriteStream();
  writer.end('via handle');
  await new Promise((resolve) => writer.on('close', resolve));
  console.log(fs.readFileSync(at('written.txt'), 'utf8'), third.fd);

  // readableWebStream: the bytes, then the handle is free again
  const fourth = await fsp.open(file);
  const web = fourth.readableWebStream();
  console.log(Object.prototype.toString.call(web));
  const chunks = [];
  for await (const chunk of web) chunks.push(Buffer.from(chunk).toString());
  console.log(chunks.join('') === fs.readFileSync(file, 'utf8'));
  try {
    fourth.readableWebStream();
  } catch (error) {
    console.log(describe(error));
  }
  await fourth.close();
  try {
    fourth.readableWebStream();
  } catch (error) {
    console.log(describe(error));
  }

  // signal (on a closed handle, the EBADF comes first)
  const fifth = await fsp.open(file);
  for (const target of [fifth, handle]) {
    for (const signal of [AbortSignal.abort(new Error('stop')), 5]) {
      try {
        await target.readFile({ signal });
      } catch (error) {
        console.log(describe(error), error.cause?.message);
      }
    }
  }
  await fifth.close();
  try {
    await fsp.writeFile(at('never.txt'), 'x', { signal: AbortSignal.abort() });
  } catch (error) {
    console.log(describe(error), fs.existsSync(at('never.txt')));
  }

  // close: 'close' at once, the promise later; operations afterwards fail with EBADF
  handle.on('close', () => console.log('close event'));
  const closing = handle.close();
  console.log('close called', handle.fd);
  await closing;
  console.log('closed', handle.fd);
  try {
    await handle.writev([Buffer.from('x')]);
  } catch (error) {
    console.log(error.code, error.message, error.syscall);
  }

  {
    await using disposed = await fsp.open(file);
    disposed.on('close', () => console.log('disposed close'));
  }
  console.log('done');
})();
