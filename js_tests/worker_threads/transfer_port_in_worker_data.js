// a MessagePort in workerData travels through transferList: the two workers talk directly
const { Worker, MessageChannel } = require('worker_threads');
const relay = `
  const { workerData: { port, name } } = require('worker_threads');
  port.on('message', (n) => {
    if (n >= 6) { console.log(name, 'stops at', n); port.close(); return; }
    port.postMessage(n + 1);
  });
  if (name === 'first') port.postMessage(0);
`;
const { port1, port2 } = new MessageChannel();
const exits = [];
const report = (name) => (code) => {
  exits.push(`${name} ${code}`);
  if (exits.length === 2) console.log('exits:', exits.sort().join(', '));
};
new Worker(relay, { eval: true, workerData: { port: port1, name: 'first' }, transferList: [port1] }).on('exit', report('first'));
new Worker(relay, { eval: true, workerData: { port: port2, name: 'second' }, transferList: [port2] }).on('exit', report('second'));
console.log('the parent\'s handles are closed:', port1.postMessage('x') === undefined);
