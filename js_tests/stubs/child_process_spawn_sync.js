// spawnSync: status, stdout / stderr Buffers or strings, input, env and cwd, signals, ENOENT.
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(Object.keys(r), r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.output.length, r.output[0]);
console.log(Buffer.isBuffer(r.stdout), Number.isInteger(r.pid));
const s = cp.spawnSync('sh', ['-c', 'echo $NR_VAR; pwd'], { env: { NR_VAR: 'from env', PATH: process.env.PATH }, cwd: '/', encoding: 'utf8' });
console.log(JSON.stringify(s.stdout), typeof s.stderr);
console.log(cp.spawnSync('cat', { input: 'given as input' }).stdout.toString());
const killed = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(killed.status, killed.signal);
const missing = cp.spawnSync('no-such-command-here', ['a']);
console.log(Object.keys(missing), missing.status, missing.pid, missing.stdout);
console.log(missing.error.message, missing.error.code, missing.error.errno, missing.error.syscall, missing.error.path, missing.error.spawnargs);
