// A program that replaces built-in methods (Array.prototype.push, Map.prototype.get/set,
// Object.keys/values, Array.prototype.includes...) while it posts a burst: node's own code does
// not use the replaced methods, so every message is posted and arrives intact.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const got = [];
port2.on('message', (m) => got.push(m));
const patched = [
  [Array.prototype, 'push'], [Array.prototype, 'includes'], [Array.prototype, 'slice'], [Array.prototype, 'map'],
  [Map.prototype, 'get'], [Map.prototype, 'set'], [Map.prototype, 'delete'], [Set.prototype, 'has'], [Set.prototype, 'add'],
  [Object, 'keys'], [Object, 'values'], [Object, 'getPrototypeOf'], [Object, 'getOwnPropertySymbols'], [Array, 'isArray'],
];
const saved = patched.map(([owner, name]) => owner[name]);
let calls = 0;
for (const [owner, name] of patched) owner[name] = function () { calls++; throw new Error(`patched ${name} called`); };
let error = 'none';
try {
  port1.postMessage(1);
  port1.postMessage({ two: [2, { deep: 2 }] });
  port1.postMessage('three');
  port1.postMessage({ shared: [4] });
  port1.postMessage(new Date(5));
  port1.postMessage([6, 6]);
} catch (e) {
  error = e.message;
}
patched.forEach(([owner, name], i) => { owner[name] = saved[i]; });
console.log('error', error, 'patched methods called', calls);
setTimeout(() => {
  console.log(JSON.stringify(got));
  port2.close();
}, 30);
