// 1600 messages in one turn, with direct-path ones around the batch-size boundaries (511-513,
// 1023-1025) and plain ones elsewhere: every one arrives once, in order.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const direct = new Set([0, 1, 2, 255, 256, 510, 511, 512, 513, 1022, 1023, 1024, 1025, 1599]);
let expected = 0;
const problems = [];
let directSeen = 0;
port2.on('message', (m) => {
  const n = m instanceof Date ? m.getTime() : m.n ?? m;
  if (m instanceof Date) directSeen++;
  if (n !== expected) problems.push(`got ${n} expected ${expected}`);
  expected++;
  if (expected === 1600) {
    console.log('received', expected, 'direct', directSeen, 'problems', problems.slice(0, 5));
    port2.close();
  }
});
for (let i = 0; i < 1600; i++) {
  if (direct.has(i)) port1.postMessage(new Date(i));
  else port1.postMessage(i % 3 === 0 ? { n: i } : i);
}
console.log('posted 1600');
