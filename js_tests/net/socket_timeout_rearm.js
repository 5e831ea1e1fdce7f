'use strict';
// A socket's idle timer stopped and started again, as a keep-alive server does around each
// request: 'timeout' comes when, and only when, the last duration set has passed idle.
const net = require('net');
const log = [];
const server = net.createServer((conn) => {
  conn.on('data', () => conn.write('pong'));
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  s.on('timeout', () => log.push(`timeout (timeout=${s.timeout})`));
  s.on('connect', () => {
    // stopped: no 'timeout' however long the socket stays idle
    s.setTimeout(20);
    s.setTimeout(0);
    setTimeout(step2, 80);
  });
  function step2() {
    log.push('after a stop');
    // started again for longer than its first duration: fires after the longer one
    s.setTimeout(10);
    s.setTimeout(0);
    s.setTimeout(150);
    setTimeout(() => log.push('40ms later'), 40);
    s.once('timeout', () => setTimeout(step3, 0));
  }
  function step3() {
    // started again for shorter than the pending entry: fires after the shorter one
    s.setTimeout(2000);
    s.setTimeout(0);
    s.setTimeout(15);
    setTimeout(() => log.push('600ms later'), 600);
    s.once('timeout', () => setTimeout(step4, 0));
  }
  function step4() {
    // a write and its answer refresh it; 0 then the same duration again, many times over
    for (let i = 0; i < 100; i++) {
      s.setTimeout(0);
      s.setTimeout(500);
    }
    s.write('ping');
    s.once('data', (d) => {
      log.push(`data ${d}`);
      s.once('timeout', () => {
        s.setTimeout(0);
        s.setTimeout(0);
        log.push(`timer off: ${s.timeout}`);
        setTimeout(() => {
          console.log(log.join('\n'));
          s.destroy();
          server.close();
        }, 60);
      });
    });
  }
});
