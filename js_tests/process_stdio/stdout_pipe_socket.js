// process.stdout / stderr on a pipe are net.Sockets over a pipe handle: write-only, fd, _type,
// small writes reach the kernel at once (writableLength 0), callbacks after the write returns and
// before a timer; end() finishes without closing the fd, writing later still works.
const net = require('net');
const out = process.stdout;
console.log(out.constructor.name, out instanceof net.Socket, out._type, out.fd, process.stderr.fd, out.isTTY);
console.log('readable', out.readable, 'writable', out.writable, 'handle', out._handle.constructor.name);
const order = [];
const ret = out.write('a small write\n', (err) => order.push(`callback ${err}`));
order.push(`returned ${ret} writableLength ${out.writableLength}`);
setTimeout(() => {
  order.push('timer');
  console.log(order.join('\n'));
  out.write(Buffer.from('a buffer write\n'));
  out.write('hex write: ');
  out.write('6f6b0a', 'hex');
}, 0);
