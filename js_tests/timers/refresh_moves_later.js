// A refreshed timer is due its duration after the refresh, behind timers due before then, and
// in refresh order among equal ones; a socket's idle timeout stopped and started again (what a
// keep-alive server does around each request) fires once, at its last start's time.
const net = require('net');
const order = [];
const start = Date.now();
const a = setTimeout(() => order.push('a'), 200);
const b = setTimeout(() => order.push('b'), 200);
const c = setTimeout(() => order.push('c'), 200);
setTimeout(() => {
  b.refresh();
  a.refresh();   // a after b now: refresh order
  setTimeout(() => order.push('d'), 200);   // after both: made after the refreshes
}, 100);
setTimeout(() => {
  c.refresh();
  c.refresh();
  clearTimeout(a);   // a refreshed timer that is cleared never fires
}, 150);

const socket = new net.Socket();
let timeouts = 0;
socket.on('timeout', () => {
  timeouts++;
  order.push(`socket timeout after ${Date.now() - start >= 500 ? '>=' : '<'} 500 ms`);
});
socket.setTimeout(300);
setTimeout(() => {
  socket.setTimeout(0);
  socket.setTimeout(300);
  socket.setTimeout(0);
}, 50);
setTimeout(() => socket.setTimeout(300), 200);   // due at 500 ms

setTimeout(() => {
  console.log(order.join(', '));
  console.log('timeouts', timeouts);
  socket.destroy();
}, 900);
