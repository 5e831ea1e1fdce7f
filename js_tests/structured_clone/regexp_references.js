// A RegExp counts as one object for the references that follow it: shared objects and cycles
// after a RegExp come back as the same objects, in structuredClone and through a worker.
const { Worker } = require('worker_threads');

const o = { o: 1 };
const p = { p: 2 };
const r = /a+/gi;
r.lastIndex = 2;
const cyclic = { r };
cyclic.self = cyclic;
const values = [
  [r, o, p, r],
  [/a/, o, o],
  { first: /x/y, second: o, third: o, again: r, last: r },
  new Map([[r, o], [o, r], ['k', /z/s]]),
  new Set([/b/, o, r, o]),
  cyclic,
  [new Date(0), /d/d, [o, o], /v/v, p, p],
];

function report(label, clone) {
  if (Array.isArray(clone)) {
    console.log(label, clone, clone.map((x) => clone.indexOf(x)));
  } else if (clone instanceof Map || clone instanceof Set) {
    const items = [...clone].flat();
    console.log(label, clone, items.map((x) => items.indexOf(x)));
  } else {
    const items = Object.values(clone);
    console.log(label, clone, items.map((x) => items.indexOf(x)), clone.self === clone);
  }
}

for (const value of values) report('clone', structuredClone(value));
console.log('lastIndex', structuredClone(r).lastIndex, structuredClone([r])[0].flags);

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage(m));
`, { eval: true });
let received = 0;
worker.on('message', (m) => {
  report('echo', m);
  if (++received === values.length) worker.terminate();
});
worker.on('exit', (code) => console.log('exit', code));
for (const value of values) worker.postMessage(value);
