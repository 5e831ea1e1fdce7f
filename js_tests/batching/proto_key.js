// An own "__proto__" key (as JSON.parse makes it) survives cloning as an own data property, at
// the top level and nested, and never becomes the prototype of the received object.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function show(m, depth = 0) {
  if (m === null || typeof m !== 'object') return JSON.stringify(m);
  const own = Object.getOwnPropertyNames(m).map((k) => {
    const d = Object.getOwnPropertyDescriptor(m, k);
    return `${k}:${show(d.value, depth + 1)}`;
  });
  const proto = Object.getPrototypeOf(m);
  const protoName = proto === Object.prototype ? 'Object' : proto === Array.prototype ? 'Array' : proto === null ? 'null' : 'other';
  return `${protoName}{${own.join(',')}}`;
}
let left = 5;
port2.on('message', (m) => {
  console.log(show(m), 'polluted', {}.polluted, 'x' in m);
  if (--left === 0) port2.close();
});
port1.postMessage(JSON.parse('{"__proto__": {"x": 1, "polluted": true}, "a": 1}'));
port1.postMessage(JSON.parse('{"outer": {"__proto__": {"x": 2}}}'));
port1.postMessage(JSON.parse('{"__proto__": 5}'));
port1.postMessage(JSON.parse('[{"__proto__": [1, 2]}, {"__proto__": null}]'));
port1.postMessage(JSON.parse('{"a": {"b": {"__proto__": {"__proto__": {"deep": true}}}}}'));
