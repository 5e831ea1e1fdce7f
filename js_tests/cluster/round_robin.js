// Round-robin scheduling: two workers listen on the same port; the primary accepts every
// connection and hands it to a free worker, so sequential connections alternate.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  console.log('policy is round-robin:', cluster.schedulingPolicy === cluster.SCHED_RR);
  const listening = [];
  cluster.on('listening', (worker, address) => {
    listening.push(address.port);
    if (listening.length === 2) connectAll(address.port, 8);
  });
  const exits = [];
  cluster.on('exit', (worker, code, signal) => {
    exits.push(`${worker.id}:${code}:${signal}:${worker.exitedAfterDisconnect}:${worker.state}`);
    if (exits.length === 2) {
      console.log('exits', exits.sort());
      console.log('workers left', Object.keys(cluster.workers));
    }
  });
  for (let i = 0; i < 2; i++) cluster.fork();

  async function connectAll(port, count) {
    console.log('both listen on the same port:', listening[0] === listening[1]);
    const servedBy = [];
    for (let i = 0; i < count; i++) servedBy.push(await ask(port));
    // (which worker comes first depends on whose query reached the primary first)
    console.log('served by both:', [...new Set(servedBy)].sort());
    console.log('alternating:', servedBy.every((id, i) => i === 0 || id !== servedBy[i - 1]));
    cluster.disconnect(() => console.log('disconnect callback, workers:', Object.keys(cluster.workers).length));
  }

  function ask(port) {
    return new Promise((resolve) => {
      let answer = '';
      net.connect(port, '127.0.0.1').setEncoding('utf8')
        .on('data', (chunk) => answer += chunk)
        .on('end', () => resolve(answer.trim()));
    });
  }
} else {
  net.createServer((socket) => socket.end(`w${cluster.worker.id}\n`)).listen(0, '127.0.0.1', function onListening() {
    // a worker's server reports the primary's port
    if (typeof this.address().port !== 'number') throw new Error('no port');
  });
}
