// The stdio options are taken for their truthiness (node validates no type): 1 / 'yes' redirect,
// 0 / '' do not.
const { Worker } = require('worker_threads');

function run(options) {
  return new Promise((resolve) => {
    const worker = new Worker('console.log("out"); console.error("err")', { eval: true, ...options });
    let out = '';
    let err = '';
    worker.stdout.on('data', (d) => { out += d; });
    worker.stderr.on('data', (d) => { err += d; });
    worker.on('exit', () => resolve(`${JSON.stringify(options)} stdin=${worker.stdin === null ? 'null' : 'stream'} ` +
      `out=${JSON.stringify(out)} err=${JSON.stringify(err)}`));
  });
}

(async () => {
  console.log(await run({ stdout: 1, stderr: 'yes', stdin: {} }));
  console.log(await run({ stdout: 0, stderr: '', stdin: 0 }));
})();
