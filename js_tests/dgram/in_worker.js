// UDP sockets in a worker thread: a server in the worker, a client on the main thread, and an
// unref'd socket in the worker that does not keep it alive.
const dgram = require('dgram');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  worker.once('message', (port) => {
    const client = dgram.createSocket('udp4');
    client.on('message', (message) => {
      console.log('main got', message.toString());
      client.close();
      worker.postMessage('done');
    });
    client.send('ping from main', port, '127.0.0.1');
  });
  worker.on('exit', (code) => console.log('worker exit', code));
} else {
  const server = dgram.createSocket('udp4');
  server.on('message', (message, rinfo) => {
    server.send(`the worker heard "${message}" from ${rinfo.family} ${rinfo.address}`, rinfo.port, rinfo.address);
  });
  server.bind(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.once('message', () => server.close());
  const idle = dgram.createSocket('udp6');
  idle.bind(0, '::1', () => idle.unref());
}
