// spawnSync / execSync / execFileSync: output per descriptor, input, timeout (ETIMEDOUT) and
// killSignal, maxBuffer (ENOBUFS), a command that cannot start, the errors they throw.
const cp = require('child_process');

function show(label, result) {
  delete result.pid;
  const text = JSON.stringify(result, (k, v) => (v && v.type === 'Buffer' ? `<${Buffer.from(v.data)}>` : v));
  console.log(label, text);
  if (result.error) {
    const e = result.error;
    console.log('  error:', e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
  }
}

show('echo', cp.spawnSync('echo', ['hi']));
show('enoent', cp.spawnSync('no-such-command-x', ['hi']));
show('timeout', cp.spawnSync('sleep', ['3'], { timeout: 100 }));
show('timeout SIGKILL', cp.spawnSync('sleep', ['3'], { timeout: 100, killSignal: 'SIGKILL' }));
show('maxBuffer', cp.spawnSync('sh', ['-c', 'echo 123456789; sleep 3'], { maxBuffer: 3 }));
show('extra pipe', cp.spawnSync('sh', ['-c', 'echo x >&3; cat'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], input: 'in' }));
show('inherit', cp.spawnSync('sh', ['-c', 'echo to our stdout'], { stdio: 'inherit' }));
show('input buffer', cp.spawnSync('cat', [], { input: Buffer.from('buf'), encoding: 'utf8' }));
show('input typed array', cp.spawnSync('cat', [], { input: new Uint8Array([65, 66]) }));
show('signal', cp.spawnSync('sh', ['-c', 'kill -9 $$']));
show('shell', cp.spawnSync('echo $((1 + 2)) | cat', { shell: true, encoding: 'utf8' }));
show('cwd env', cp.spawnSync('sh', ['-c', 'pwd; echo $V'], { cwd: '/', env: { V: 'v' }, encoding: 'latin1' }));
show('argv0', cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'zero' }));
show('numbers as args', cp.spawnSync('echo', [1, 2.5, true]));

console.log(JSON.stringify(cp.execSync('echo exec; echo e >&2', { stdio: 'pipe' }).toString()));
console.log(JSON.stringify(cp.execSync('echo $0', { encoding: 'utf8' })));
console.log(JSON.stringify(cp.execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' })));
try {
  cp.execSync('echo out; echo err >&2; exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, String(e.stdout), String(e.stderr));
}
try {
  cp.execFileSync('no-such-command-x', ['a']);
} catch (e) {
  console.log(e.message, e.code, Object.keys(e));
}
try {
  cp.execFileSync('sleep', ['3'], { timeout: 50 });
} catch (e) {
  console.log(e.message, e.code, e.signal, e.status);
}
try {
  cp.spawnSync('cat', [], { input: 5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  cp.spawnSync('cat', [], { stdio: ['ipc'] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
