// A worker's env.NODE_OPTIONS: -r / --require preload there (before execArgv's), V8's heap size
// is taken, a flag a worker does not take or a -r without its file is node's
// ERR_WORKER_INVALID_EXEC_ARGV
const { Worker } = require('worker_threads');
const cases = ['-r ./helpers/announce_preload.js', '--require ./helpers/announce_preload.js',
  '--require=./helpers/announce_preload.js', '--no-warnings  -r "./helpers/announce_preload.js"',
  '--max-old-space-size=100', '-r', '--foo', '--no-warnings --bar=1'];
(async () => {
  for (const NODE_OPTIONS of cases) {
    let worker;
    try {
      worker = new Worker('console.log("worker ran")', { eval: true, env: { NODE_OPTIONS } });
    } catch (error) {
      console.log(JSON.stringify(NODE_OPTIONS), 'throws', error.name, error.code, error.message);
      continue;
    }
    console.log(JSON.stringify(NODE_OPTIONS), 'constructed');
    await new Promise((resolve) => worker.on('exit', resolve));
  }
})();
