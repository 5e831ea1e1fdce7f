// exec / execFile: buffered output, errors with code / killed / signal / cmd, maxBuffer, timeout,
// encoding, util.promisify giving { stdout, stderr }.
const cp = require('child_process');
const util = require('util');

function show(label, error, stdout, stderr) {
  const fields = error && { message: error.message, code: error.code, killed: error.killed, signal: error.signal, cmd: error.cmd, name: error.name };
  console.log(label, JSON.stringify(fields), JSON.stringify(stdout), JSON.stringify(stderr));
}

const step = (fn) => new Promise((resolve) => fn(resolve));

(async () => {
  await step((done) => cp.exec('echo hello; echo oops >&2', (e, o, s) => { show('exec', e, o, s); done(); }));
  await step((done) => cp.exec('echo partial; exit 3', (e, o, s) => { show('exit 3', e, o, s); done(); }));
  await step((done) => cp.execFile('echo', ['a', 'b'], (e, o, s) => { show('execFile', e, o, s); done(); }));
  await step((done) => cp.execFile('sh', ['-c', 'printf abc'], { encoding: 'buffer' }, (e, o, s) => {
    console.log('buffer', Buffer.isBuffer(o), o, s); done();
  }));
  await step((done) => cp.execFile('sh', ['-c', 'printf 616263'], { encoding: 'hex' }, (e, o) => { console.log('hex', o); done(); }));
  await step((done) => cp.exec('printf 0123456789', { maxBuffer: 4 }, (e, o, s) => { show('maxBuffer', e, o, s); done(); }));
  await step((done) => cp.exec('printf x >&2; printf 0123456789 >&2', { maxBuffer: 5 }, (e, o, s) => { show('maxBuffer stderr', e, o, s); done(); }));
  await step((done) => cp.execFile('sleep', ['5'], { timeout: 50 }, (e, o, s) => { show('timeout', e, o, s); done(); }));
  await step((done) => cp.execFile('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' }, (e) => { show('SIGKILL', e); done(); }));
  await step((done) => cp.execFile('no-such-binary-x', ['arg'], (e, o, s) => {
    console.log('enoent', e.code, e.errno, e.syscall, e.path, e.spawnargs, e.cmd, JSON.stringify(o), JSON.stringify(s)); done();
  }));
  await step((done) => cp.exec('echo $NR_VALUE', { env: { NR_VALUE: 'from env' } }, (e, o) => { console.log('env', o.trim()); done(); }));
  await step((done) => cp.exec('pwd', { cwd: '/' }, (e, o) => { console.log('cwd', o.trim()); done(); }));
  await step((done) => cp.exec('echo $0', { shell: '/bin/bash' }, (e, o) => { console.log('shell', o.trim()); done(); }));

  const execAsync = util.promisify(cp.exec);
  const execFileAsync = util.promisify(cp.execFile);
  const promised = execAsync('echo promised');
  console.log('child on promise', promised.child instanceof cp.ChildProcess);
  console.log(await promised);
  console.log(await execFileAsync('echo', ['file', 'promised']));
  try {
    await execAsync('echo out; echo err >&2; exit 2');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), e.cmd);
  }

  const controller = new AbortController();
  const aborted = cp.execFile('sleep', ['5'], { signal: controller.signal }, (e) => {
    console.log('abort', e.name, e.code, e.message, e.cause === 'why');
  });
  aborted.on('exit', (code, signal) => console.log('aborted exit', code, signal));
  controller.abort('why');
})();
