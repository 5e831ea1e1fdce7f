// Bursts on many channels of one thread, posted round-robin in an order unlike the order the
// channels were made in: each channel's messages arrive in order, each port's queue delivered
// whole, and the ports are served in the order they were made (as libuv serves its handles).
const { MessageChannel } = require('worker_threads');
const channels = Array.from({ length: 6 }, () => new MessageChannel());
const log = [];
channels.forEach((c, k) => c.port2.on('message', (m) => log.push(`${k}:${m}`)));
const postingOrder = [3, 0, 5, 1, 4, 2];
for (let i = 0; i < 3; i++) for (const k of postingOrder) channels[k].port1.postMessage(i === 1 ? { i } : i);
setTimeout(() => {
  const runs = log.map((s) => s.replace('[object Object]', 'o')).join(' ').match(/(\d):\S+ \1:\S+ \1:\S+/g);
  console.log(runs.length, runs.join(' | '));
  channels.forEach((c) => c.port2.close());
}, 50);
