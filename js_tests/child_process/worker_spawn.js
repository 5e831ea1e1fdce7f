// A child process spawned from a worker thread; its output reaches the worker.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('message', (message) => console.log('from worker:', message));
  worker.on('exit', (code) => console.log('worker exit', code));
} else {
  const { execFile, spawn } = require('child_process');
  execFile('echo', ['in a worker'], (error, stdout) => {
    parentPort.postMessage(`execFile ${error} ${JSON.stringify(stdout)}`);
    const child = spawn('cat');
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('close', (code) => parentPort.postMessage(`cat ${code} ${text}`));
    child.stdin.end('piped through cat');
  });
}
