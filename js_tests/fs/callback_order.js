// A callback runs after the calling code, its process.nextTick callbacks and its promise jobs
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

const order = [];
fs.writeFileSync(at('f'), 'x');
fs.readFile(at('f'), 'utf8', (err, data) => {
  order.push(`readFile ${err} ${data}`);
  fs.stat(at('missing'), (err2) => {
    order.push(`stat ${err2.code}`);
    console.log(order.join('\n'));
    cleanup();
  });
  process.nextTick(() => order.push('tick inside callback'));
});
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));
order.push('sync');
