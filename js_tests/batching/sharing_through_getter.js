// An object whose getter returns the object itself (or a sibling): the reference is kept, as a
// cycle or as shared, and the getter runs once per post.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let calls = 0;
const self = { name: 'self', get me() { calls++; return self; } };
const sibling = { s: 1 };
const twice = { a: sibling, get b() { calls++; return sibling; } };
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (got.length < 4) return;
  console.log('cycle', got[0].me === got[0], got[0].name, 'twice', got[1].a === got[1].b);
  console.log('second posts', got[2].me === got[2], got[3].a === got[3].b, got[0] !== got[2]);
  port2.close();
});
port1.postMessage(self);
port1.postMessage(twice);
port1.postMessage(self);
port1.postMessage(twice);
console.log('getter calls', calls);
