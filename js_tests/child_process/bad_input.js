// Bad arguments throw node's errors.
const cp = require('child_process');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('spawn()', () => cp.spawn());
attempt('spawn(1)', () => cp.spawn(1));
attempt('spawn("")', () => cp.spawn(''));
attempt('spawn nul', () => cp.spawn('ec\u0000ho'));
attempt('args string', () => cp.spawn('echo', 'abc'));
attempt('args nul', () => cp.spawn('echo', ['a\u0000']));
attempt('options number', () => cp.spawn('echo', [], 5));
attempt('cwd', () => cp.spawn('echo', [], { cwd: 1 }));
attempt('detached', () => cp.spawn('echo', [], { detached: 'yes' }));
attempt('uid', () => cp.spawn('echo', [], { uid: 1.5 }));
attempt('gid', () => cp.spawn('echo', [], { gid: 'x' }));
attempt('shell', () => cp.spawn('echo', [], { shell: 1 }));
attempt('argv0', () => cp.spawn('echo', [], { argv0: 1 }));
attempt('windowsHide', () => cp.spawn('echo', [], { windowsHide: 1 }));
attempt('timeout', () => cp.spawn('echo', [], { timeout: -1 }));
attempt('killSignal', () => cp.spawn('echo', [], { killSignal: 'SIGNOPE' }));
attempt('killSignal type', () => cp.spawn('echo', [], { killSignal: {} }));
attempt('signal', () => cp.spawn('echo', [], { signal: {} }));
attempt('stdio', () => cp.spawn('echo', [], { stdio: 'bogus' }));
attempt('stdio entry', () => cp.spawn('echo', [], { stdio: [{}] }));
attempt('stdio buffer', () => cp.spawn('echo', [], { stdio: [Buffer.from('x')] }));
attempt('two ipc', () => cp.spawn('echo', [], { stdio: ['ipc', 'ipc'] }));
attempt('serialization', () => cp.spawn('echo', [], { serialization: 'xml' }));
attempt('env nul', () => cp.spawn('echo', [], { env: { A: 'b\u0000' } }));
attempt('exec()', () => cp.exec());
attempt('exec callback', () => cp.exec('echo', {}, 'nope'));
attempt('execFile maxBuffer', () => cp.execFile('echo', [], { maxBuffer: -1 }));
attempt('execFile options', () => cp.execFile('echo', [], 'str'));
attempt('fork()', () => cp.fork());
attempt('fork no ipc', () => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
attempt('fork args', () => cp.fork('x.js', 'abc'));
attempt('kill bad', () => {
  const child = cp.spawn('true');
  try {
    child.kill('SIGBOGUS');
  } finally {
    child.kill();
  }
});
attempt('spawnSync', () => cp.spawnSync(''));
attempt('execSync', () => cp.execSync(5));
