// fs/promises: readFile / writeFile / appendFile / copyFile / truncate / access / stat / lstat
const fsp = require('fs/promises');
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

(async () => {
  const file = at('f.txt');
  console.log(await fsp.writeFile(file, 'hello'));
  await fsp.appendFile(file, Buffer.from(' world'));
  const data = await fsp.readFile(file);
  console.log(Buffer.isBuffer(data), data.toString());
  console.log(await fsp.readFile(file, 'base64'), await fsp.readFile(file, { encoding: 'utf8', flag: 'r' }));
  await fsp.writeFile(file, new Uint8Array([104, 105]), { flag: 'a' });
  console.log(await fsp.readFile(file, 'utf8'));
  await fsp.copyFile(file, at('copy'));
  await fsp.truncate(at('copy'), 5);
  console.log(fs.readFileSync(at('copy'), 'utf8'));
  console.log(await fsp.access(file, fs.constants.R_OK | fs.constants.W_OK));
  const s = await fsp.stat(file);
  console.log(s instanceof fs.Stats, s.isFile(), s.size);
  console.log(typeof (await fsp.stat(file, { bigint: true })).size);
  await fsp.symlink('f.txt', at('link'));
  console.log((await fsp.lstat(at('link'))).isSymbolicLink(), (await fsp.stat(at('link'))).isFile());
  console.log(await fsp.readlink(at('link')));
  const p = fsp.readFile(file, 'utf8');
  console.log(p instanceof Promise, fs.promises === fsp, fs.promises.readFile === fsp.readFile);
  await p;
  cleanup();
})();
