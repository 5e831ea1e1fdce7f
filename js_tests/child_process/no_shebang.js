// An executable script with no #! line: the kernel cannot run it (ENOEXEC), so the shell does,
// as execvp does for node: by path, found in PATH, and by spawnSync.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-no-shebang-'));
const script = path.join(dir, 'greet');
fs.writeFileSync(script, 'echo "hello $1 from $0"\n', { mode: 0o755 });
const show = (text) => text.replace(dir, '<dir>').trim();

const child = cp.spawn(script, ['spawn']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', (code) => {
  console.log(show(out), code);
  console.log(show(cp.spawnSync('greet', ['spawnSync'], { env: { PATH: dir } }).stdout.toString()));
  console.log(show(cp.execFileSync('./greet', ['execFileSync'], { cwd: dir, encoding: 'utf8' })));
  fs.rmSync(dir, { recursive: true });
});
