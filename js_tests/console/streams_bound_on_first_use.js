// The global console takes process.stdout / stderr when it first writes to each and keeps them:
// replacing process.stdout after a console.log leaves console output where it went, while a
// stream console has not used yet is taken as it is at its first line. (Replacing
// process.stdout.write, rather than process.stdout, is what redirects console output.)
const fs = require('fs');
const { Writable } = require('stream');

function fake(label) {
  return new Writable({
    write(chunk, encoding, callback) {
      fs.writeSync(1, `${label}: ${chunk}`);
      callback();
    },
  });
}

console.log('one, to the real stdout');
const realStdout = process.stdout;
Object.defineProperty(process, 'stdout', { value: fake('fake stdout'), configurable: true, writable: true });
console.log('two, still to the real stdout');
process.stdout.write('written to process.stdout itself\n');

Object.defineProperty(process, 'stderr', { value: fake('fake stderr'), configurable: true, writable: true });
console.error('three, to the stderr of the first console.error: the fake');
Object.defineProperty(process, 'stderr', { value: fake('second fake stderr'), configurable: true, writable: true });
console.error('four, the same fake');

const write = realStdout.write;
realStdout.write = function (chunk, ...rest) {
  return write.call(this, `(through a replaced write) ${chunk}`, ...rest);
};
console.log('five');
console.log('same object:', console._stdout === realStdout, console._stderr === process.stderr);
