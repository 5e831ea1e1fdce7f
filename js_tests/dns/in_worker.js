// dns in a worker thread: a lookup on the thread pool and a resolver against a DNS server that
// runs on the main thread.
const dns = require('dns');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { startServer } = require('./helpers/dns_server');

if (isMainThread) {
  startServer({ 'worker.test': [{ type: 'A', address: '198.51.100.4', ttl: 30 }] }).then((server) => {
    const worker = new Worker(__filename, { workerData: server.address });
    worker.on('message', (text) => console.log('worker:', text));
    worker.on('exit', (code) => {
      console.log('worker exit', code);
      server.socket.close();
    });
  });
} else {
  dns.lookup('localhost', 4, (error, address, family) => {
    parentPort.postMessage(`lookup ${error} ${address} ${family}`);
    const resolver = new dns.promises.Resolver();
    resolver.setServers([workerData]);
    resolver.resolve4('worker.test', { ttl: true }).then((records) => {
      parentPort.postMessage(`resolve4 ${JSON.stringify(records)}`);
    });
  });
}
