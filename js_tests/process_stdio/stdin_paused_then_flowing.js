// process.stdin from a pipe: the stream's class, then paused mode ('readable' + read(n)) for the
// first bytes, then flowing mode ('data') for the rest after resume(); 'end' once.
const net = require('net');
const stdin = process.stdin;
console.log(stdin.constructor.name, stdin instanceof net.Socket, stdin.fd, stdin.isTTY, stdin.readable, stdin.writable);
console.log('flowing at start', stdin.readableFlowing, 'handle', stdin._handle.constructor.name);
let stage = 'paused';
const seen = [];
function onReadable() {
  const head = stdin.read(6);
  if (head === null) return;
  seen.push(`read(6) ${JSON.stringify(String(head))}`);
  stdin.removeListener('readable', onReadable);
  stage = 'flowing';
  stdin.setEncoding('utf8');
  stdin.on('data', (chunk) => seen.push(`data ${typeof chunk} ${JSON.stringify(chunk)}`));
  stdin.resume();
}
stdin.on('readable', onReadable);
stdin.on('end', () => {
  console.log(seen.join('\n'));
  console.log('end in', stage, 'flowing', stdin.readableFlowing, 'ended', stdin.readableEnded);
});
