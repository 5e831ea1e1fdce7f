// A command that cannot start: an 'error' event (not a throw) with node's fields, then 'close'.
const { spawn } = require('child_process');

const child = spawn('no-such-command-here', ['a', 'b']);
console.log('pid', child.pid, 'stdin', child.stdin !== null, 'stdout', child.stdout !== null);
child.on('spawn', () => console.log('spawn (not expected)'));
child.on('exit', () => console.log('exit (not expected)'));
child.on('error', (error) => {
  console.log(error.message, error.errno, error.code, error.syscall, error.path, error.spawnargs);
  console.log(Object.keys(error), error instanceof Error);
});
child.on('close', (code, signal) => {
  console.log('close', code, signal, child.exitCode);
  const cwdChild = spawn('echo', [], { cwd: '/no/such/dir' });
  cwdChild.on('error', (error) => {
    console.log('bad cwd', error.code, error.syscall);
    const file = require('path').join(require('os').tmpdir(), `noderun-not-executable-${process.pid}`);
    require('fs').writeFileSync(file, 'data', { mode: 0o644 });
    const notExecutable = spawn(file);
    notExecutable.on('close', () => require('fs').unlinkSync(file));
    notExecutable.on('error', (e) => console.log('not executable', e.code, e.syscall === `spawn ${file}`, e.path === file));
  });
});
