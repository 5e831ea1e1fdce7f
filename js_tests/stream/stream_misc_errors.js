// Writable.pipe, _read missing, write callback called twice, push after EOF.
const { Readable, Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('pipe on writable', err.name, err.code, err.message));
w.pipe(new Writable());

const noRead = new Readable();
noRead.on('error', (err) => console.log('no _read', err.code, err.message));
noRead.on('close', () => console.log('no _read close'));
noRead.read();

const twice = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    cb();
    cb();
  },
});
twice.on('error', (err) => console.log('double callback', err.name, err.code, err.message));
twice.write('x');

const afterEof = new Readable({ objectMode: true, read() {} });
afterEof.on('error', (err) => console.log('push after EOF', err.code, err.message));
afterEof.push(null);
afterEof.push('more');

const badChunk = new Readable({ read() {} });
badChunk.on('error', (err) => console.log('push number', err.code, err.message));
console.log('push returns', badChunk.push(42));
