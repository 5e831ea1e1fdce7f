// A server in a worker thread and a client on the main thread exchange MB megabytes (100 by
// default) each way over 127.0.0.1: the client sends a stream of 64 KB chunks (random bytes, each
// chunk numbered in its first 4 bytes), the worker's server echoes every byte back. Each side keeps
// a running SHA-256 of what it sent and of what it received, and checks the chunk numbers in the
// order they arrive. Prints a JSON report: bytes and digests on both sides, chunk-order errors.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const net = require('net');
const crypto = require('crypto');

const CHUNK = 64 * 1024;

// Checks that the chunk numbers in a byte stream come in order: 0, 1, 2, ... at each CHUNK boundary.
class SequenceCheck {
  constructor() { this.offset = 0; this.expected = 0; this.errors = 0; this.header = []; }
  update(data) {
    let i = 0;
    while (i < data.length) {
      const inChunk = this.offset % CHUNK;
      if (inChunk < 4) {
        const take = Math.min(4 - inChunk, data.length - i);
        for (let k = 0; k < take; k++) this.header.push(data[i + k]);
        i += take;
        this.offset += take;
        if (this.header.length === 4) {
          const number = Buffer.from(this.header).readUInt32BE(0);
          if (number !== this.expected) this.errors++;
          this.expected++;
          this.header = [];
        }
      } else {
        const skip = Math.min(CHUNK - inChunk, data.length - i);
        i += skip;
        this.offset += skip;
      }
    }
  }
}

if (isMainThread) {
  const total = Number(process.argv[2] || 100) * 1024 * 1024;
  const worker = new Worker(__filename, { workerData: { total } });
  worker.once('message', (port) => {
    const sentHash = crypto.createHash('sha256');
    const receivedHash = crypto.createHash('sha256');
    const sequence = new SequenceCheck();
    const block = crypto.randomBytes(CHUNK * 4);
    let sent = 0;
    let received = 0;
    let chunkNumber = 0;
    const client = net.connect(port, '127.0.0.1', () => {
      const pump = () => {
        while (sent < total) {
          const chunk = Buffer.from(block.subarray((chunkNumber % 4) * CHUNK, (chunkNumber % 4 + 1) * CHUNK));
          chunk.writeUInt32BE(chunkNumber++, 0);
          sentHash.update(chunk);
          sent += chunk.length;
          if (!client.write(chunk)) return client.once('drain', pump);
        }
        client.end();
      };
      pump();
    });
    client.on('data', (data) => {
      received += data.length;
      receivedHash.update(data);
      sequence.update(data);
    });
    let clientReport = null;
    let serverReport = null;
    const report = () => {
      if (clientReport && serverReport) console.log(JSON.stringify({ client: clientReport, server: serverReport }));
    };
    client.on('end', () => {
      clientReport = { sent, received, sentDigest: sentHash.digest('hex'), receivedDigest: receivedHash.digest('hex'),
                       orderErrors: sequence.errors, chunks: sequence.expected };
      report();
    });
    worker.once('message', (server) => {
      serverReport = server;
      report();
    });
  });
} else {
  const receivedHash = crypto.createHash('sha256');
  const sequence = new SequenceCheck();
  let received = 0;
  const server = net.createServer((socket) => {
    socket.on('data', (data) => {
      received += data.length;
      receivedHash.update(data);
      sequence.update(data);
      if (!socket.write(data)) {   // echo with backpressure
        socket.pause();
        socket.once('drain', () => socket.resume());
      }
    });
    socket.on('end', () => {
      socket.end(() => {
        server.close();
        parentPort.postMessage({ received, receivedDigest: receivedHash.digest('hex'),
                                 orderErrors: sequence.errors, chunks: sequence.expected });
      });
    });
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
}
