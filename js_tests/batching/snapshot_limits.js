// Values at and just past the size where small messages stop being copied at post time (16
// objects, 128 values), and with sharing: each arrives as it was when posted, whatever is
// mutated afterwards in the same turn.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function chain(depth) {
  let node = { leaf: 0 };
  for (let i = 1; i < depth; i++) node = { level: i, child: node };
  return node;
}
function deepest(node) {
  while (node.child) node = node.child;
  return node;
}
const wide = (n) => Array.from({ length: n }, (_, i) => i);
const values = {
  chain15: chain(15), chain16: chain(16), chain17: chain(17), chain40: chain(40),
  array127: wide(127), array128: wide(128), array129: wide(129),
  objectOf128: Object.fromEntries(wide(128).map((i) => [`k${i}`, i])),
  objectOf129: Object.fromEntries(wide(129).map((i) => [`k${i}`, i])),
  arrays16: Array.from({ length: 15 }, () => [1]),
  arrays17: Array.from({ length: 16 }, () => [1]),
};
const names = Object.keys(values);
let count = 0;
port2.on('message', (m) => {
  const name = names[count++];
  let summary;
  if (name.startsWith('chain')) summary = `leaf ${deepest(m).leaf} top ${m.level}`;
  else if (Array.isArray(m) && Array.isArray(m[0])) summary = `${m.length} arrays, first ${JSON.stringify(m[0])} last ${JSON.stringify(m.at(-1))}`;
  else if (Array.isArray(m)) summary = `length ${m.length} first ${m[0]} last ${m.at(-1)}`;
  else summary = `keys ${Object.keys(m).length} k0 ${m.k0} k127 ${m.k127}`;
  console.log(name, summary);
  if (count === names.length) port2.close();
});
for (const name of names) port1.postMessage(values[name]);
for (const name of names) {
  const v = values[name];
  if (name.startsWith('chain')) { deepest(v).leaf = 'mutated'; v.level = 'mutated'; }
  else if (Array.isArray(v) && Array.isArray(v[0])) { v[0].push('mutated'); v.at(-1)[0] = 'mutated'; }
  else if (Array.isArray(v)) { v[0] = 'mutated'; v.push('mutated'); }
  else { v.k0 = 'mutated'; v.k127 = 'mutated'; v.extra = 1; }
}
