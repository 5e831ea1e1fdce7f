// A getter that itself posts while its object is being serialized: the inner message is sent
// first (it is complete before the outer one), and the outer one keeps its shared references.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  // closed 50 ms after the last one (time for a stray one to show), however long they took to come
  if (m === 'last') setTimeout(() => port2.close(), 50);
  if (m.a === undefined) return console.log('got', JSON.stringify(m));
  console.log('got', JSON.stringify(m), 'a===b', m.a === m.b, 'c===d', m.c === m.d);
});
const shared = { s: 1 };
const other = [2];
port1.postMessage('first');
port1.postMessage({
  a: shared,
  c: other,
  middle: { get inner() { port1.postMessage('posted by the getter'); port1.postMessage({ small: true }); return 'x'; } },
  b: shared,
  d: other,
});
port1.postMessage('last');
