// Bursts on two channels posted alternately in one thread: each channel's messages arrive in its
// own order; the interleaving between the two channels is node's.
const { MessageChannel } = require('worker_threads');
const a = new MessageChannel();
const b = new MessageChannel();
const log = [];
// Each round is started by what was received, not by a timer: on a loaded machine a 10 ms timer
// could come before the first burst's delivery, and a 50 ms one before the second round's.
function received(line) {
  log.push(line);
  if (log.length === 8) {
    setImmediate(() => {   // posted outside the delivery of a burst, as from a timer
      a.port1.postMessage('x');
      b.port1.postMessage('x');
      a.port1.postMessage('y');
    });
  }
  if (log.length === 11) {
    setTimeout(() => {   // time for a stray message to show
      console.log(log.join(' '));
      a.port2.close();
      b.port2.close();
    }, 20);
  }
}
a.port2.on('message', (m) => received(`a${m}`));
b.port2.on('message', (m) => received(`b${m}`));
for (let i = 0; i < 4; i++) {
  a.port1.postMessage(i);
  b.port1.postMessage(i);
}
