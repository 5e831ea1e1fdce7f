// bin/bench.py's http_cluster benchmark: the hello-world server of http_hello_server.js in
// WORKERS cluster workers (default: one per core) sharing one port; prints the port once every
// worker listens, serves until killed (the workers die with the primary's channel).
const cluster = require('cluster');
const os = require('os');

if (cluster.isPrimary) {
  const workers = Number(process.argv[2]) || os.availableParallelism();
  let listening = 0;
  cluster.on('listening', (worker, address) => {
    if (++listening === workers) console.log(address.port);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.process.kill();
    process.exit(0);
  });
} else {
  require('./http_hello_server.js');
}
