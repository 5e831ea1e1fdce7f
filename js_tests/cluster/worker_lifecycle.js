// One worker's life as the primary and the worker see it: setup, fork, online, messages both
// ways, listening, disconnect, exit, and the state and flags at each step.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  cluster.setupPrimary({ args: ['from-primary'] });
  cluster.on('setup', (settings) => console.log('setup', settings.args, settings.silent, settings.exec === __filename));
  for (const event of ['fork', 'online', 'disconnect']) {
    cluster.on(event, (worker) => console.log(`cluster ${event}`, worker.id, worker.state));
  }
  cluster.on('listening', (worker, address) => console.log('cluster listening', worker.id, address.addressType, address.address));
  cluster.on('message', (worker, message) => console.log('cluster message', worker.id, message));
  const worker = cluster.fork({ GREETING: 'hello' });
  console.log('forked', worker.id, worker.state, worker.isDead(), worker.isConnected(), cluster.workers[1] === worker);
  worker.on('online', () => console.log('worker online'));
  worker.on('listening', (address) => {
    console.log('worker listening', typeof address.port);
    worker.send({ question: 'who are you?' });
  });
  worker.on('message', (message) => {
    console.log('worker message', message);
    if (message.answer) worker.disconnect();
  });
  worker.on('disconnect', () => console.log('worker disconnect', worker.exitedAfterDisconnect, worker.isConnected()));
  worker.on('exit', (code, signal) => {
    console.log('worker exit', code, signal, worker.state, worker.isDead(), worker.exitedAfterDisconnect);
    console.log('workers left', Object.keys(cluster.workers));
  });
} else {
  // (what the worker sees goes to the primary in messages: the two processes' own writes to
  // stdout would interleave differently from run to run)
  process.send({ ready: [cluster.isWorker, cluster.isPrimary, cluster.worker.id, process.argv.slice(2),
    process.env.GREETING, 'NODE_UNIQUE_ID' in process.env] });
  process.on('message', (message) => process.send({ answer: `worker ${cluster.worker.id}`, to: message.question }));
  const server = net.createServer().listen(0);
  server.on('close', () => console.log('worker server closed'));
  cluster.worker.on('disconnect', () => { process.exitCode = cluster.worker.exitedAfterDisconnect ? 42 : 1; });
}
