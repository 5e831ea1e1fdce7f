// fs/promises: mkdir / mkdtemp / readdir / rename / rm / rmdir / unlink / realpath / chmod / utimes
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const { at, rel, cleanup } = require('./helpers/tmp');

(async () => {
  console.log(rel(await fsp.mkdir(at('a', 'b', 'c'), { recursive: true })));
  console.log(await fsp.mkdir(at('plain')));
  const tmp = await fsp.mkdtemp(at('x-'));
  console.log(/^x-[A-Za-z0-9]{6}$/.test(path.basename(tmp)));
  await fsp.writeFile(at('a', 'file'), '');
  console.log((await fsp.readdir(at('a'))).sort());
  console.log((await fsp.readdir(at('a'), { withFileTypes: true })).map((d) => `${d.name}:${d.isFile()}`).sort());
  console.log((await fsp.readdir(at('a'), { recursive: true })).sort());
  await fsp.rename(at('a', 'file'), at('a', 'renamed'));
  console.log(fs.existsSync(at('a', 'renamed')));
  console.log((await fsp.realpath(at('a', 'b', '..', 'renamed'))) === fs.realpathSync(at('a', 'renamed')));
  await fsp.chmod(at('a', 'renamed'), 0o644);
  console.log((fs.statSync(at('a', 'renamed')).mode & 0o777).toString(8));
  await fsp.utimes(at('a', 'renamed'), new Date(5000), new Date(7000));
  console.log(fs.statSync(at('a', 'renamed')).mtimeMs);
  await fsp.link(at('a', 'renamed'), at('a', 'hard'));
  console.log(fs.statSync(at('a', 'renamed')).nlink);
  await fsp.unlink(at('a', 'hard'));
  await fsp.rmdir(at('plain'));
  console.log(fs.existsSync(at('plain')));
  await fsp.rm(at('a'), { recursive: true, force: true });
  console.log(fs.existsSync(at('a')));
  console.log(await fsp.rm(at('a'), { force: true }));
  cleanup();
})();
