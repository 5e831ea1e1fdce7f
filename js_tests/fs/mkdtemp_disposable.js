// node 24's fs.mkdtempDisposableSync / fs.promises.mkdtempDisposable: a temporary directory with
// remove() and Symbol.dispose / Symbol.asyncDispose, removed by the full path it had when made.
const fs = require('fs');
const os = require('os');
const path = require('path');
const base = path.join(os.tmpdir(), 'noderun-dsp-');
const r = fs.mkdtempDisposableSync(base);
console.log(Object.getOwnPropertyNames(r), Object.getOwnPropertySymbols(r), Object.getPrototypeOf(r) === Object.prototype);
console.log(r.remove.name, r[Symbol.dispose].name, r.remove === r[Symbol.dispose], path.basename(r.path).length);
console.log(r.remove(), fs.existsSync(r.path));
r.remove();
r[Symbol.dispose]();
fs.promises.mkdtempDisposable(base).then(async (p) => {
  console.log(Object.getPrototypeOf(p), Object.getOwnPropertySymbols(p), p.remove.name, fs.promises.mkdtempDisposable.length);
  const removing = p.remove();
  console.log(removing instanceof Promise, await removing, fs.existsSync(p.path));
  await p[Symbol.asyncDispose]();
  try { fs.mkdtempDisposableSync(5); } catch (e) { console.log(e.code, e.message); }
  try { fs.mkdtempDisposableSync('/nonexistent-dir/x'); } catch (e) { console.log(e.code, e.message); }
  await fs.promises.mkdtempDisposable('/nonexistent-dir/x').catch((e) => console.log('rejects', e.code, e.syscall));
  console.log(Object.keys(fs).filter((k) => k.startsWith('mkdtemp')), Object.keys(fs.promises).filter((k) => k.startsWith('mkdtemp')));
  let kept;
  {
    using d = fs.mkdtempDisposableSync(base);
    kept = d.path;
    console.log('inside using', fs.existsSync(kept));
  }
  console.log('after using', fs.existsSync(kept));
  const cwd = process.cwd();
  process.chdir(os.tmpdir());
  const relative = fs.mkdtempDisposableSync('noderun-rel-');
  process.chdir(cwd);
  relative.remove();
  console.log('relative removed after chdir', fs.existsSync(path.join(os.tmpdir(), relative.path)));
});
