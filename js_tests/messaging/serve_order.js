// When several ports of a thread have messages waiting at once, node serves them in the order the
// ports were made (libuv runs its async handles in that order), each port's queue whole; a port
// that arrived in a message counts as made when it arrived.
const { MessageChannel, BroadcastChannel } = require('worker_threads');

function broadcastOrder() {
  return new Promise((resolve) => {
    const [c1, c2, c3] = [1, 2, 3].map(() => new BroadcastChannel('order'));
    const events = [];
    let done = 0;
    const handler = (name) => (event) => {
      events.push(`${name} got ${event.data}`);
      if (event.data === 'done' && ++done === 2) {
        console.log('broadcast:', events.join(', '));
        for (const c of [c1, c2, c3]) c.close();
        resolve();
      }
    };
    c1.onmessage = handler('c1');
    c2.onmessage = handler('c2');
    c3.onmessage = handler('c3');
    c1.postMessage('from c1');
    c3.postMessage('from c3');
    c2.postMessage('done');
  });
}

function channelOrder() {
  return new Promise((resolve) => {
    const a = new MessageChannel();
    const b = new MessageChannel();
    const c = new MessageChannel();
    const log = [];
    for (const [name, channel] of [['a', a], ['b', b], ['c', c]]) {
      channel.port2.on('message', (m) => {
        log.push(`${name}:${m}`);
        if (log.length < 5) return;
        console.log('channels:', log.join(' '));
        for (const each of [a, b, c]) each.port1.close();
        resolve();
      });
    }
    c.port1.postMessage(1);
    b.port1.postMessage(1);
    c.port1.postMessage(2);
    a.port1.postMessage(1);
    b.port1.postMessage(2);
  });
}

function transferredOrder() {
  return new Promise((resolve) => {
    const carrier = new MessageChannel();
    const moved = new MessageChannel();
    const later = new MessageChannel();   // made before the moved port arrives
    const log = [];
    let port;
    const got = (name) => (m) => {
      log.push(`${name}:${m}`);
      if (log.length < 2) return;
      console.log('transferred:', log.join(' '));
      port.close();
      later.port1.close();
      carrier.port1.close();
      resolve();
    };
    later.port2.on('message', got('later'));
    carrier.port2.once('message', (received) => {
      port = received;
      port.on('message', got('moved'));
      moved.port1.postMessage(1);
      later.port1.postMessage(1);
    });
    carrier.port1.postMessage(moved.port2, [moved.port2]);
  });
}

(async () => {
  await broadcastOrder();
  await channelOrder();
  await transferredOrder();
})();
