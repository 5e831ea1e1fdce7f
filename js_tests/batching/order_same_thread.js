// On one MessageChannel in one thread, small plain messages (batched) and direct-path ones
// (Date, typed array, Map, big object, shared references, transfer lists) arrive in posting order.
const { MessageChannel } = require('worker_threads');
const { postMixed, describe } = require('./helpers/mixed');
const { port1, port2 } = new MessageChannel();
let count = 0;
port2.on('message', (m) => {
  console.log(count++, describe(m));
  if (m === 'end') port2.close();
});
postMixed((value, transfer) => port1.postMessage(value, transfer));
console.log('posted');
