// Paused mode: 'readable' events and read(n) on an object-mode and a string stream.
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
r.on('readable', () => {
  console.log('readable, length', r.readableLength, 'flowing', r.readableFlowing);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', chunk);
  console.log('after loop, length', r.readableLength);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push(1);
r.push(2);
setTimeout(() => {
  r.push(3);
  r.push(null);
}, 1);

const s = new Readable({ read() {} });
s.setEncoding('utf8');
s.push('hello');
s.push(' world');
s.push(null);
s.once('readable', () => {
  console.log('s length', s.readableLength);
  console.log('read(3)', JSON.stringify(s.read(3)));
  console.log('read(2)', JSON.stringify(s.read(2)));
  console.log('read(3)', JSON.stringify(s.read(3)), s.readableLength);
  console.log('read(100)', JSON.stringify(s.read(100)));
  console.log('read()', JSON.stringify(s.read()));
  console.log('read() again', s.read());
});
s.on('end', () => console.log('s end'));
