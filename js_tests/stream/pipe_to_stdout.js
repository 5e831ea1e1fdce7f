// Piping into process.stdout writes every chunk and never ends stdout.
const { Readable } = require('stream');

const r = Readable.from(['line one\n', 'line two\n']);
process.stdout.on('pipe', (src) => console.log('pipe event from r', src === r));
process.stdout.on('unpipe', (src) => console.log('unpipe event from r', src === r));
r.on('end', () => {
  setImmediate(() => {
    process.stdout.write(`stdout still writable after end: ${process.stdout.writableEnded}\n`);
  });
});
r.pipe(process.stdout);
