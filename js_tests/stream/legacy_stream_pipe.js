// The legacy Stream: an EventEmitter whose pipe() forwards 'data', pauses on false writes and ends.
const Stream = require('stream');
const EventEmitter = require('events');

console.log('Stream.Stream', Stream.Stream === Stream, 'is EventEmitter', new Stream() instanceof EventEmitter);
const src = new Stream();
src.readable = true;
src.pause = () => console.log('src paused');
src.resume = () => console.log('src resumed');
const dest = new Stream();
dest.writable = true;
let n = 0;
dest.write = (chunk) => {
  console.log('dest write', chunk);
  return ++n % 2 === 0 ? false : true;
};
dest.end = () => console.log('dest end');
dest.on('pipe', (s) => console.log('pipe event', s === src));
console.log('pipe returns dest', src.pipe(dest) === dest);
src.emit('data', 'a');
src.emit('data', 'b');
dest.emit('drain');
src.emit('end');
src.emit('data', 'after end (listener removed)');
console.log('listeners left', src.listenerCount('data'), dest.listenerCount('drain'));

const s2 = new Stream();
const d2 = new Stream();
d2.writable = true;
d2.write = () => true;
s2.pipe(d2);
s2.on('error', (err) => console.log('own error listener', err.message));
s2.emit('error', new Error('source failed'));
console.log('after error, data listeners', s2.listenerCount('data'));
