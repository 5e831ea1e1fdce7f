// stdout / stderr / stdin are EventEmitters with fds; isTTY is absent on pipes and files.
const EventEmitter = require('events');
for (const name of ['stdout', 'stderr', 'stdin']) {
  const s = process[name];
  console.log(name, s.fd, s instanceof EventEmitter, typeof s.on, typeof s.once, s.isTTY);
}
console.log(typeof process.stdout.write, typeof process.stdout.end, process.stdout.writable);
console.log(process.stdout === process.stdout);
process.stdout.once('custom', (v) => console.log('custom event', v));
process.stdout.emit('custom', 1);
process.stdout.emit('custom', 2);
console.log(Object.keys(process).includes('stdout'));
