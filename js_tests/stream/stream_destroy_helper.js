// stream.destroy(): destroys unfinished streams with an AbortError, finished ones quietly.
const stream = require('stream');
const { Readable } = stream;

const open = new Readable({ read() {} });
open.on('error', (err) => console.log('open error', err.name, err.message));
open.on('close', () => console.log('open close'));
stream.destroy(open);

const withErr = new Readable({ read() {} });
withErr.on('error', (err) => console.log('given error', err.message));
stream.destroy(withErr, new Error('given'));

const ended = new Readable({ objectMode: true, read() {} });
ended.push(null);
ended.resume();
ended.on('end', () => {
  ended.on('error', (err) => console.log('should not error', err));
  stream.destroy(ended);
  console.log('ended destroyed', ended.destroyed);
});
console.log('isDestroyed', stream.isDestroyed(open), stream.isDestroyed(ended));
