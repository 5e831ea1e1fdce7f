// In an I/O callback (the poll phase), setImmediate always runs before a 0 ms timer: the check
// phase comes right after poll, the timers phase only in the next iteration. Repeated, since with
// a timer set from the main module the order would depend on the clock.
const fs = require('fs');

let round = 0;
function again() {
  fs.stat(__filename, () => {
    const order = [];
    setTimeout(() => {
      order.push('timeout');
      console.log(round, order.join(' '));
      if (++round < 20) again();
    }, 0);
    setImmediate(() => order.push('immediate'));
    process.nextTick(() => order.push('tick'));
  });
}
again();
