// An extra pipe (stdio[4]) of a forked child, opened in the child as new net.Socket({ fd: 4 }):
// the parent writes to it, the child answers over IPC; stdout ignored, stderr piped. The parent
// disconnects, so (as in node) its IPC channel never counts as closed and 'close' never comes.
const cp = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.stdout.write('this is ignored');
  process.stderr.write('this is not ignored');
  const pipe = new net.Socket({ fd: 4 });
  process.on('disconnect', () => pipe.unref());
  pipe.setEncoding('utf8');
  pipe.on('data', (data) => process.send(`child read: ${data}`));
} else {
  const child = cp.fork(__filename, ['child'], { stdio: [0, 'ignore', 'pipe', 'ipc', 'pipe'] });
  console.log('stdout', child.stdout, 'stdio', child.stdio.map((s) => (s === null ? null : s.constructor.name)));
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.on('message', (message) => {
    console.log(message);
    child.disconnect();
  });
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code, signal) => console.log('close', code, signal, JSON.stringify(stderr)));
  child.stdio[4].write('through fd 4');
}
