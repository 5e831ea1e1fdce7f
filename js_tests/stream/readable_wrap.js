// Readable.prototype.wrap adopts an old-style stream (an EventEmitter emitting 'data'/'end').
const { Readable } = require('stream');
const EventEmitter = require('events');

const old = new EventEmitter();
old.pause = () => console.log('old paused');
old.resume = () => console.log('old resumed');
const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
old.emit('data', 'one');
old.emit('data', 'two');
console.log('buffered', r.readableLength);
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
setImmediate(() => old.emit('end'));
