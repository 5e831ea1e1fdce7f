// A worker that serves TCP and exchanges messages with the main thread: its loop polls its sockets
// and its message lanes at once. A client's request is answered, then 1000 round trips of messages
// run, then another request, and the worker ends when its server and port are closed.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const net = require('net');

if (!isMainThread) {
  const server = net.createServer((socket) => socket.on('data', (data) => socket.write(`echo ${data}`)));
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', (m) => {
    if (m === 'bye') {
      server.close();
      parentPort.close();
      return;
    }
    parentPort.postMessage({ i: m.i + 1 });
  });
  return;
}

function request(port, text) {
  return new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1', () => client.write(text));
    client.on('data', (data) => {
      console.log('client got:', String(data));
      client.end();
    });
    client.on('close', resolve);
  });
}

const worker = new Worker(__filename);
let port;
let rounds = 0;
worker.on('message', async (m) => {
  if (m.port) {
    port = m.port;
    await request(port, 'first');
    worker.postMessage({ i: 0 });
    return;
  }
  if (++rounds < 1000) {
    worker.postMessage({ i: m.i + 1 });
    return;
  }
  console.log('round trips:', rounds, 'last:', m.i);
  await request(port, 'second');
  worker.postMessage('bye');
});
worker.on('exit', (code) => console.log('worker exit', code));
