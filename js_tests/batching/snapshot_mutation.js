// Each post copies the value as it is then: mutating the object (top level, nested arrays and
// objects) between posts in the same turn never changes what an earlier post delivers.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
let left = 8;
port2.on('message', (m) => {
  console.log(util.inspect(m, { depth: null, compact: true, breakLength: Infinity }));
  if (--left === 0) port2.close();
});
const state = { count: 0, list: [1], inner: { deep: { v: 'a' } }, flag: true };
port1.postMessage(state);
state.count = 1;
port1.postMessage(state);
state.list.push(2);
state.inner.deep.v = 'b';
port1.postMessage(state);
state.list[0] = 'changed';
state.extra = [{ x: 1 }];
delete state.flag;
port1.postMessage(state);
state.extra[0].x = 2;
state.inner = 'replaced';
port1.postMessage(state);
const list = [1, 2, 3];
port1.postMessage(list);
list.length = 1;
list.push({ o: 1 });
port1.postMessage(list);
list[1].o = 2;
list.unshift('first');
port1.postMessage(list);
state.count = 'after all posts';
list.length = 0;
