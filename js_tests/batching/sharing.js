// References inside one message are kept: {a: x, b: x} arrives with m.a === m.b, a cycle as a
// cycle; two posts of the same object arrive as two different objects.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const received = [];
port2.on('message', (m) => {
  received.push(m);
  if (received.length < 7) return;
  const [shared, cycle, arrayCycle, deep, first, second, inArray] = received;
  console.log('shared', shared.a === shared.b, JSON.stringify(shared.a));
  console.log('cycle', cycle.self === cycle, cycle.name);
  console.log('array cycle', arrayCycle[1] === arrayCycle, arrayCycle[0]);
  console.log('deep', deep.x.y.back === deep, deep.x.y.sibling === deep.z);
  console.log('two posts', first !== second, first.n, second.n);
  console.log('in array', inArray[0] === inArray[2], inArray[1] === inArray[3]);
  port2.close();
});
const x = { v: 1 };
port1.postMessage({ a: x, b: x });
const cycle = { name: 'loop' };
cycle.self = cycle;
port1.postMessage(cycle);
const arrayCycle = [0];
arrayCycle.push(arrayCycle);
port1.postMessage(arrayCycle);
const z = { z: 1 };
const deep = { x: { y: { sibling: z } }, z };
deep.x.y.back = deep;
port1.postMessage(deep);
const same = { n: 1 };
port1.postMessage(same);
port1.postMessage(same);
const o = {};
const l = [];
port1.postMessage([o, l, o, l]);
