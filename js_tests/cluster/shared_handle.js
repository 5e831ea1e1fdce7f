// Shared-handle scheduling (NODE_CLUSTER_SCHED_POLICY=none): the primary binds the socket and
// sends it to each worker, which accepts on it itself. A port taken already fails in the worker
// with the primary's error.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isPrimary) {
  console.log('policy is none:', cluster.schedulingPolicy === cluster.SCHED_NONE);
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const taken = blocker.address().port;
    const workers = [cluster.fork({ MODE: 'serve' }), cluster.fork({ MODE: 'serve' })];
    let ports = [];
    cluster.on('listening', async (worker, address) => {
      ports.push(address.port);
      if (ports.length < 2) return;
      console.log('same port:', ports[0] === ports[1]);
      const answers = await Promise.all(Array.from({ length: 6 }, () => ask(ports[0])));
      console.log('answers', answers.length, answers.every((a) => /^w[12]$/.test(a)));
      for (const w of workers) w.disconnect();
      const failing = cluster.fork({ MODE: 'taken', PORT: String(taken) });
      failing.on('message', (message) => console.log('worker reports', message));
      failing.on('exit', (code) => {
        console.log('failing worker exit', code);
        blocker.close();
      });
    });
  });

  function ask(port) {
    return new Promise((resolve) => {
      let answer = '';
      net.connect(port, '127.0.0.1').setEncoding('utf8')
        .on('data', (chunk) => answer += chunk)
        .on('end', () => resolve(answer.trim()));
    });
  }
} else if (process.env.MODE === 'serve') {
  net.createServer((socket) => socket.end(`w${cluster.worker.id}\n`)).listen(0, '127.0.0.1');
} else {
  net.createServer().listen(Number(process.env.PORT), '127.0.0.1').on('error', (error) => {
    process.send({ code: error.code, syscall: error.syscall, message: error.message.replace(/\d+$/, 'PORT') }, () => process.exit(3));
  });
}
