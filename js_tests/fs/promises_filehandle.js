// fs/promises open() gives a FileHandle: read / write / readFile / writeFile / stat / truncate / close
const fsp = require('fs/promises');
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

(async () => {
  const fh = await fsp.open(at('f'), 'w+');
  console.log(fh.constructor.name, typeof fh.fd, fh.fd > 2);
  const w1 = await fh.write('hello world');
  console.log(w1.bytesWritten, w1.buffer, Object.getPrototypeOf(w1));
  const w2 = await fh.write(Buffer.from('HE'), 0, 2, 0);
  console.log(w2.bytesWritten, w2.buffer.toString());
  const target = Buffer.alloc(11);
  const r1 = await fh.read(target, 0, 11, 0);
  console.log(r1.bytesRead, r1.buffer === target, target.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
  console.log(r2.bytesRead, r2.buffer.toString());
  const r3 = await fh.read(Buffer.alloc(4), { position: 2 });
  console.log(r3.bytesRead, r3.buffer.toString());
  console.log((await fh.stat()).size, (await fh.stat()).isFile());
  await fh.truncate(5);
  console.log(await fh.readFile('utf8'));   // from the current position: already at the end
  await fh.writeFile('!');
  await fh.appendFile('?');
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  await fh.utimes(1, 2);
  console.log(fs.readFileSync(at('f'), 'hex'), (fs.statSync(at('f')).mode & 0o777).toString(8), fs.statSync(at('f')).mtimeMs);
  console.log(await fh.close(), fh.fd);
  console.log(await fh.close());
  try {
    await fh.stat();
  } catch (err) {
    console.log(err.name, err.code, err.message, err.syscall, Object.keys(err));
  }
  try {
    await fh.read(Buffer.alloc(1), 0, 1, 0);
  } catch (err) {
    console.log(err.code, err.message, err.syscall);
  }
  const again = await fsp.open(at('f'));
  console.log(await again.readFile({ encoding: 'utf8' }));
  console.log(await fsp.readFile(again, 'utf8') === '');
  await again.close();
  cleanup();
})();
