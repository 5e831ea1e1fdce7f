// fs.opendir / opendirSync / promises.opendir and fs.Dir: entries one at a time (sorted here: the
// order is the file system's), node's errors (ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, opendir's
// uv errors), queued asynchronous reads, async iteration that closes, recursive, `using`.
const fs = require('fs');
const path = require('path');
const os = require('os');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-od-'));
for (const f of ['b.txt', 'a.txt', 'c']) fs.writeFileSync(path.join(root, f), '');
fs.mkdirSync(path.join(root, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(root, 'sub', 'x'), '');
fs.writeFileSync(path.join(root, 'sub', 'deep', 'y'), '');
const show = (e) => e && `${e.name}:${e.isDirectory() ? 'd' : 'f'}:${path.relative(root, e.parentPath) || '.'}`;
const d = fs.opendirSync(root);
console.log(d instanceof fs.Dir, d.path === root, Object.keys(d));
const seen = [];
for (let e; (e = d.readSync()) !== null;) seen.push(show(e));
console.log(seen.sort().join(' '), d.readSync());
d.closeSync();
for (const f of [() => d.closeSync(), () => d.readSync()]) try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
d.close((err) => console.log('close cb after close', err.code));
d.close().catch((err) => console.log('close promise after close', err.code));
d.read().catch((err) => console.log('read promise after close', err.code));
for (const p of ['/etc/passwd', '/nonexistent-od']) try { fs.opendirSync(p); } catch (e) { console.log(e.code, e.message, e.syscall, 'path' in e); }
for (const b of [0, -1, 'a', 1.5, 1]) try { fs.opendirSync(root, { bufferSize: b }).closeSync(); console.log('bufferSize ok', b); } catch (e) { console.log(e.code, e.message); }
const d2 = fs.opendirSync(root);
const firstTwo = [];
d2.read().then((e) => { firstTwo.push(show(e)); console.log('async first settles after the callback', firstTwo.length === 2, firstTwo[0] !== firstTwo[1]); });
try { d2.readSync(); } catch (e) { console.log(e.code, e.message); }
try { d2.closeSync(); } catch (e) { console.log(e.code); }
d2.read((err, e) => { firstTwo.push(show(e)); console.log('cb second', err); });
d2.close().then(() => {
  console.log('closed after queued reads');
  fs.opendir(root, opened);
});
function opened(err, dir) {
  console.log('callback open', err, dir.path === root);
  dir.closeSync();
  (async () => {
    const names = [];
    for await (const e of await fs.promises.opendir(root)) names.push(show(e));
    console.log('for await', names.sort().join(' '));
    const it = await fs.promises.opendir(root);
    for await (const e of it) { console.log('break after one', typeof e.name); break; }
    try { it.readSync(); } catch (e) { console.log('after break', e.code); }
    const rec = [];
    for await (const e of await fs.promises.opendir(root, { recursive: true })) rec.push(show(e));
    console.log('recursive', rec.sort().join(' '));
    const recSync = fs.opendirSync(root, { recursive: true }); const rs = [];
    for (let e; (e = recSync.readSync()) !== null;) rs.push(show(e));
    recSync.closeSync();
    console.log('recursive sync', rs.sort().join(' '));
    let used;
    { using u = fs.opendirSync(root); used = u; console.log('using', typeof u.readSync().name); }
    try { used.readSync(); } catch (e) { console.log('after using', e.code); }
    await new Promise((resolve) => fs.opendir('/etc/passwd', (err) => resolve(console.log('cb error', err.code, err.syscall))));
    await fs.promises.opendir('/nonexistent-od').catch((e) => console.log('promise error', e.code, e.message));
    fs.rmSync(root, { recursive: true });
  })();
}
