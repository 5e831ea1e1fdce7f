// Built-in objects that are plain to the eye: an arguments object, Math, JSON, Atomics, Reflect
// and an object with a non-enumerable own symbol, posted in a burst.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
const args = (function () { return arguments; })(1, 'two', { three: 3 });
const tagged = { visible: true };
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged', enumerable: false });
const values = [['arguments', args], ['Math', Math], ['JSON', JSON], ['Atomics', Atomics], ['Reflect', Reflect], ['tagged', tagged]];
const labels = [];
port2.on('message', (m) => {
  const label = labels.shift();
  console.log(label, '->', util.inspect(m, { breakLength: Infinity }), Object.getPrototypeOf(m) === Object.prototype);
  if (labels.length === 0) port2.close();
});
for (const [label, value] of values) {
  try {
    port1.postMessage(value);
    labels.push(label);
  } catch (e) {
    console.log(label, 'threw', e.name, e.message);
  }
}
port1.postMessage('end');
labels.push('end');
