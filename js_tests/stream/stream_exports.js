// Shape of node:stream: the legacy Stream is the module; classes, helpers and inheritance.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const EventEmitter = require('events');

console.log('module is Stream', stream === Stream, typeof stream);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
  'addAbortSignal', 'destroy', 'compose', 'isReadable', 'isErrored', 'isDisturbed', 'getDefaultHighWaterMark',
  'setDefaultHighWaterMark']) {
  console.log(name, typeof stream[name]);
}
console.log('promises', Object.keys(stream.promises));
console.log('chain', Object.getPrototypeOf(Readable.prototype) === Stream.prototype,
  Object.getPrototypeOf(Stream.prototype) === EventEmitter.prototype,
  Object.getPrototypeOf(Duplex.prototype) === Readable.prototype,
  Object.getPrototypeOf(Transform.prototype) === Duplex.prototype,
  Object.getPrototypeOf(PassThrough.prototype) === Transform.prototype);
console.log('names', Readable.name, Writable.name, Duplex.name, Transform.name, PassThrough.name, Stream.name);
console.log('without new', Readable() instanceof Readable, Writable() instanceof Writable,
  Duplex() instanceof Duplex, Transform() instanceof Transform, PassThrough() instanceof PassThrough);
console.log('pt instanceof Writable', new PassThrough() instanceof Writable);
console.log('Readable.from', typeof Readable.from, 'ReadableState', typeof Readable.ReadableState);
console.log('asyncIterator', typeof Readable.prototype[Symbol.asyncIterator]);
const r = new Readable();
console.log('defaults', r.readableFlowing, r.readableLength, r.readableEnded, r.readableObjectMode,
  r.destroyed, r.closed, r.errored, r.readable, r.isPaused(), r.readableEncoding, r.readableDidRead);
const w = new Writable();
console.log('writable defaults', w.writable, w.writableLength, w.writableEnded, w.writableFinished,
  w.writableNeedDrain, w.writableCorked, w.writableObjectMode, w.destroyed, w.closed, w.errored);
