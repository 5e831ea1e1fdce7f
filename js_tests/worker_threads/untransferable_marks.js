// isMarkedAsUntransferable, and node 24's transfer list rules: a marked object in the list
// (buffer, port, anything) is a DataCloneError, as are a detached buffer, a value that cannot be
// transferred, and duplicates; the first bad item decides. Node's Buffer pool is marked.
const { markAsUntransferable, isMarkedAsUntransferable, MessageChannel, receiveMessageOnPort } = require('worker_threads');

for (const value of [undefined, null, 1, 'x', {}, () => {}, new ArrayBuffer(1)]) {
  console.log(typeof value, isMarkedAsUntransferable(value));
}
console.log(isMarkedAsUntransferable());
const ab = new ArrayBuffer(2);
markAsUntransferable(ab);
const view = new Uint8Array(4);
markAsUntransferable(view);
const fn = () => {};
markAsUntransferable(fn);
markAsUntransferable(5);
console.log(isMarkedAsUntransferable(ab), isMarkedAsUntransferable(new Uint8Array(ab)),
  isMarkedAsUntransferable(view), isMarkedAsUntransferable(view.buffer), isMarkedAsUntransferable(fn));
console.log('pool', isMarkedAsUntransferable(Buffer.from('x').buffer), isMarkedAsUntransferable(Buffer.allocUnsafe(8).buffer),
  isMarkedAsUntransferable(Buffer.alloc(8).buffer), isMarkedAsUntransferable(Buffer.allocUnsafeSlow(8).buffer));

const { port1, port2 } = new MessageChannel();
function post(label, value, list) {
  try {
    port1.postMessage(value, list);
    const { message } = receiveMessageOnPort(port2);
    console.log(label, 'sent', message instanceof ArrayBuffer ? `ArrayBuffer(${message.byteLength})` : message);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
post('marked buffer', ab, [ab]);
console.log('still usable', ab.byteLength);
post('marked buffer, not listed', ab);
post('pool buffer', 1, [Buffer.from('pooled').buffer]);
const marked = { a: 1 };
markAsUntransferable(marked);
post('marked object cloned', marked);
post('marked object listed', 1, [marked]);
for (const [label, item] of [['number', 1], ['string', 's'], ['null', null], ['plain object', {}],
  ['typed array', new Uint8Array(1)], ['shared buffer', new SharedArrayBuffer(1)], ['function', () => {}]]) {
  post(label, 1, [item]);
}
const fresh = new ArrayBuffer(3);
post('duplicate', fresh, [fresh, fresh]);
post('first bad item decides', 1, [{}, ab]);
post('marked first', 1, [ab, ab]);
const detached = new ArrayBuffer(8);
detached.transfer();
post('detached', 1, [detached]);
const other = new MessageChannel();
markAsUntransferable(other.port1);
post('marked port', 1, [other.port1]);
post('source port', 1, [port1]);
post('missing port', { p: other.port2 });
post('duplicate port', other.port2, [other.port2, other.port2]);
other.port1.close();
other.port2.close();
port1.close();
