// The serializer walks the value depth first, reading each property when it gets to it: a getter
// in a nested object that changes, adds or deletes a later property of its parent is seen.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let received = 0;
port2.on('message', (m) => {
  console.log(JSON.stringify(m));
  // closed 50 ms after the last one (time for a stray one to show), however long they took to come
  if (++received === 6) setTimeout(() => port2.close(), 50);
});
const changes = { a: { get v() { changes.b = 'changed'; return 1; } }, b: 'original' };
port1.postMessage(changes);
const deletes = { a: { get v() { delete deletes.b; return 2; } }, b: 'deleted later', c: 3 };
port1.postMessage(deletes);
const nested = { a: { get v() { nested.b.n = 99; return 3; } }, b: { n: 1 } };
port1.postMessage(nested);
const earlier = { b: { n: 1 }, a: { get v() { earlier.b.n = 99; return 4; } } };
port1.postMessage(earlier);
const inArray = [{ get v() { inArray[1] = 'changed'; return 5; } }, 'original'];
port1.postMessage(inArray);
const topLevel = { get v() { topLevel.w = 'changed'; return 6; }, w: 'original' };
port1.postMessage(topLevel);
