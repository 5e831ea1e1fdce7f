// stream.duplexPair(): two Duplex ends back to back (node 22.6+): each reads what the other writes,
// ending one ends the other's readable side, objectMode passes through.
const { duplexPair, Duplex } = require('stream');
console.log(duplexPair.length, duplexPair.name);
const [a, b] = duplexPair();
console.log(a instanceof Duplex, b instanceof Duplex, a.constructor.name, a.readableObjectMode, a.writableHighWaterMark);
b.on('data', (d) => console.log('b got', d));
a.on('data', (d) => console.log('a got', d));
a.write('hello');
b.write(Buffer.from('back'));
a.write('');
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
a.end('bye', () => console.log('a end cb'));
setTimeout(() => {
  const [x, y] = duplexPair({ objectMode: true });
  y.on('data', (d) => console.log('y got', d));
  x.write({ n: 1 });
  x.write(2);
  x.end();
  y.on('end', () => console.log('y end'));
  y.end();
  x.on('end', () => console.log('x end'));
  x.resume();
}, 10);
