// A nested worker without stdout: true inherits its parent worker's stdout, which here is
// redirected: the inner worker's lines arrive on the outer Worker's stdout in the main thread.
const { Worker, isMainThread, workerData } = require('worker_threads');

if (isMainThread) {
  const outer = new Worker(__filename, { stdout: true, workerData: 'outer' });
  let text = '';
  outer.stdout.setEncoding('utf8').on('data', (chunk) => { text += chunk; });
  outer.on('exit', (code) => {
    console.log('outer exit', code);
    console.log(text.split('\n').filter(Boolean).sort().join('\n'));
  });
} else if (workerData === 'outer') {
  console.log('from outer');
  const inner = new Worker(__filename, { workerData: 'inner' });
  inner.on('exit', (code) => console.log('inner exit', code));
} else {
  console.log('from inner');
}
