// Lone messages of plain data to a worker and back, each the only message of its turn (the way a
// ping-pong's go): numbers at the edges of int32 and of doubles (-0, NaN, Infinity), strings
// (empty, latin1, CJK, emoji, a lone surrogate), keys that look like indices, '__proto__' and the
// empty key in their order, nested and sparse-free arrays, an object met twice and a cycle, a
// null-prototype object, undefined and null inside, and a BigInt: each arrives as structured clone
// makes it.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const util = require('util');

if (!isMainThread) {
  parentPort.on('message', (m) => parentPort.postMessage(m));
  return;
}

const shared = { s: 1 };
const cycle = { name: 'cycle' };
cycle.self = cycle;
const nullProto = Object.assign(Object.create(null), { a: 1 });
const withProtoKey = JSON.parse('{"__proto__": {"x": 1}, "b": 2}');
const values = [
  { i: 0 }, { i: -1 }, { i: 2147483647 }, { i: -2147483648 }, { i: 2147483648 }, { n: -0 }, { n: NaN },
  { n: Infinity }, { n: -Infinity }, { n: 1.5e-300 }, { n: Number.MAX_VALUE },
  '', 'plain', 'latin1 é ñ ÿ', '中文字符', 'emoji 😀 👍🏽', 'lone \ud800 surrogate', 'lone \udc00 low',
  { 2: 'two', 1: 'one', b: 'b', a: 'a', '': 'empty key', 'é': 'accent' }, withProtoKey,
  [1, [2, [3, [4]]], { deep: [{ deeper: true }] }], [], {}, [undefined, null, true, false],
  { one: shared, two: shared, list: [shared] }, cycle, nullProto, { big: 10n }, 12345678901234567890n,
  true, null, 42, 3.25,
];

const worker = new Worker(__filename);
let index = 0;
worker.on('message', (m) => {
  const sent = values[index];
  let line = util.inspect(m, { depth: 6 });
  if (m !== null && typeof m === 'object') {
    if ('two' in m && 'one' in m && 'list' in m) line += ` shared kept: ${m.one === m.two && m.list[0] === m.one}`;
    if (m.name === 'cycle') line += ` cycle kept: ${m.self === m}`;
    line += ` proto: ${Object.getPrototypeOf(m) === (Array.isArray(m) ? Array.prototype : Object.prototype)}`;
    line += ` keys: ${JSON.stringify(Object.keys(m))}`;
    if ('__proto__' in Object(sent) && Object.hasOwn(m, '__proto__')) line += ' own __proto__';
  } else if (typeof m === 'number') {
    line += ` is -0: ${Object.is(m, -0)}`;
  } else if (typeof m === 'string') {
    line += ` length ${m.length} same: ${m === sent}`;
  }
  console.log(index, line);
  if (++index === values.length) {
    worker.terminate();
    return;
  }
  worker.postMessage(values[index]);
});
worker.postMessage(values[0]);
