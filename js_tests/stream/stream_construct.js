// construct: _construct runs on the next tick; reads, writes and destroy wait for its callback.
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable({
  objectMode: true,
  construct(cb) {
    console.log('r construct');
    setImmediate(() => {
      console.log('r constructed');
      cb();
    });
  },
  read() {
    console.log('r _read');
    this.push('x');
    this.push(null);
  },
});
r.on('data', (d) => console.log('r data', d));
r.on('end', () => console.log('r end'));
console.log('sync');

const w = new Writable({
  objectMode: true,
  construct(cb) {
    console.log('w construct');
    process.nextTick(cb);
  },
  write(chunk, enc, cb) {
    console.log('w write', chunk);
    cb();
  },
});
console.log('w write returns', w.write('early'), w.writableLength);
w.end(() => console.log('w end cb'));

const failed = new Writable({
  construct(cb) {
    cb(new Error('construct failed'));
  },
  write(c, e, cb) { cb(); },
});
failed.on('error', (err) => console.log('failed error', err.message));
failed.on('close', () => console.log('failed close'));

const d = new Duplex({
  construct(cb) {
    console.log('duplex construct once');
    cb();
  },
  read() {},
  write(c, e, cb) { cb(); },
});
d.on('close', () => console.log('duplex close'));
d.destroy();

const twice = new Readable({
  construct(cb) {
    cb();
    cb();
  },
  read() {},
});
twice.on('error', (err) => console.log('twice', err.code, err.message));
