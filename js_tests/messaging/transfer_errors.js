// transfer list errors, as node 20 reports them
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
const ab = new ArrayBuffer(4);
const tries = [
  () => port1.postMessage(1, [{}]),
  () => port1.postMessage(1, [1]),
  () => port1.postMessage(other.port1, []),
  () => port1.postMessage(1, [ab, ab]),
  () => port1.postMessage(1, 'no'),
  () => port1.postMessage(() => {}),
  () => port1.postMessage(),
];
for (const t of tries) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
port1.close();
other.port1.close();
