// write() measures the buffer after a synchronous _write: a chunk written at once never needs drain.
const { Duplex, Writable } = require('stream');
const d = new Duplex({ writableHighWaterMark: 5, decodeStrings: false, read() {}, write(chunk, enc, cb) { cb(); } });
console.log(d.write('abc'), d.write('defgh'), d.writableNeedDrain);
const w = new Writable({ highWaterMark: 5, decodeStrings: false, write(chunk, enc, cb) { cb(); } });
console.log(w.write('abc'), w.write('defgh'), w.writableNeedDrain, w.write('abcdefgh'));
const w2 = new Writable({ highWaterMark: 5, write(chunk, enc, cb) { cb(); } });
console.log(w2.write('abc'), w2.write('defgh'), w2.writableNeedDrain, w2.write('abcdefgh'));
const w3 = new Writable({ highWaterMark: 5, write(chunk, enc, cb) { setImmediate(cb); } });
console.log(w3.write('abcde'), w3.writableNeedDrain, w3.writableLength);
