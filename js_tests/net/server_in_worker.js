// A TCP server in a worker thread and clients on the main thread (and a client in the worker
// talking to a server on the main thread): sockets belong to the loop of the thread that made them.
const net = require('net');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const mainServer = net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('data', (text) => socket.end(`main thread heard "${text}"`));
  });
  mainServer.listen(0, '127.0.0.1', () => {
    const worker = new Worker(__filename);
    worker.postMessage(mainServer.address().port);
    worker.on('message', (port) => {
      const client = net.connect(port, '127.0.0.1', () => client.end('hello worker'));
      let answer = '';
      client.setEncoding('utf8');
      client.on('data', (text) => { answer += text; });
      client.on('close', () => {
        console.log('main: worker answered', JSON.stringify(answer));
        worker.postMessage('done');
      });
    });
    worker.on('exit', (code) => {
      console.log('worker exit', code);
      mainServer.close(() => console.log('main server closed'));
    });
  });
} else {
  const server = net.createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('end', () => socket.end(`worker heard "${text}"`));
  });
  parentPort.once('message', (mainPort) => {
    const client = net.connect(mainPort, '127.0.0.1', () => client.write('hello main'));
    client.setEncoding('utf8');
    client.on('data', (text) => console.log('worker: main answered', JSON.stringify(text)));
    client.on('close', () => {
      server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
    });
  });
  parentPort.on('message', (message) => {
    if (message === 'done') {
      server.close();
      parentPort.close();
    }
  });
}
