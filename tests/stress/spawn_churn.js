// 200 child processes spawned and reaped, 20 at a time, half of them `sh -c` writing to stdout
// and stderr and exiting with their own number's code, half `true` with stdio ignored. Prints a
// JSON report: children closed, wrong outcomes, and the process's descriptors and threads before
// and after (read from /proc/self), and whether any child is left unreaped.
const { spawn } = require('child_process');
const fs = require('fs');

const TOTAL = Number(process.argv[2] || 200);
const AT_ONCE = 20;
const count = (dir) => fs.readdirSync(dir).length;

const before = { fds: count('/proc/self/fd'), threads: count('/proc/self/task') };
let started = 0;
let closed = 0;
let wrong = 0;
const pids = [];

function one() {
  const id = started++;
  const piped = id % 2 === 0;
  const child = piped
    ? spawn('sh', ['-c', `echo out ${id}; echo err ${id} >&2; exit ${id % 7}`])
    : spawn('true', [], { stdio: 'ignore' });
  pids.push(child.pid);
  let out = '';
  let err = '';
  if (piped) {
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
  }
  child.on('close', (code, signal) => {
    const expected = piped ? id % 7 : 0;
    if (code !== expected || signal !== null) wrong++;
    if (piped && (out !== `out ${id}\n` || err !== `err ${id}\n`)) wrong++;
    closed++;
    if (started < TOTAL) one();
    else if (closed === TOTAL) setImmediate(finish);
  });
}

function finish() {
  const after = { fds: count('/proc/self/fd'), threads: count('/proc/self/task') };
  // a reaped child has no /proc entry any more (an unreaped one stays as a zombie)
  const unreaped = pids.filter((pid) => fs.existsSync(`/proc/${pid}`)).length;
  console.log(JSON.stringify({ closed, wrong, before, after, unreaped }));
}

for (let i = 0; i < AT_ONCE; i++) one();
