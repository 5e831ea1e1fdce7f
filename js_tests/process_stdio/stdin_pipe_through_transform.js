// process.stdin piped through a Transform into process.stdout; piping into stdout does not end it.
const { Transform } = require('stream');

const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
process.stdin.pipe(upper).pipe(process.stdout);
upper.on('end', () => console.log('[transform ended, stdout writable:', process.stdout.writable + ']'));
