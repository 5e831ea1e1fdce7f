// inside a worker: process.env is a copy of the parent's, argv gets options.argv
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  process.env.NODERUN_FROM_PARENT = 'yes';
  const w = new Worker(__filename, { argv: ['one', 2] });
  w.on('exit', () => console.log('parent env after worker:', process.env.NODERUN_SET_IN_WORKER));
} else {
  console.log('worker sees', process.env.NODERUN_FROM_PARENT);
  process.env.NODERUN_SET_IN_WORKER = 'set';
  console.log('argv', process.argv.slice(2), require('path').basename(process.argv[1]));
}
