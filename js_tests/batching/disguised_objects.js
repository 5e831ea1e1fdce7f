// What a value is comes from what it was made as, not from its prototype: an array, Date, Map,
// typed array, RegExp or Error whose prototype was set to Object.prototype or null still clones
// as an array, Date, Map... (with the receiver's standard prototype); an object given
// Array.prototype stays a plain object.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
const disguise = (value, proto) => Object.setPrototypeOf(value, proto);
const values = [
  ['array as object', disguise([1, 2], Object.prototype)],
  ['array as null', disguise(['a'], null)],
  ['nested array as object', { list: disguise([3, 4, 5], Object.prototype) }],
  ['empty array as null', disguise([], null)],
  ['date as object', disguise(new Date(5), Object.prototype)],
  ['map as null', disguise(new Map([[1, 2]]), null)],
  ['set as object', disguise(new Set([1]), Object.prototype)],
  ['typed array as object', disguise(new Uint8Array([7, 8]), Object.prototype)],
  ['regexp as null', disguise(/ab+/g, null)],
  ['boxed number as object', disguise(Object(9), Object.prototype)],
  ['object as array', disguise({ 0: 'x', length: 1 }, Array.prototype)],
];
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (got.length < values.length) return;
  got.forEach((r, i) => {
    const target = values[i][0] === 'nested array as object' ? r.list : r;
    const proto = Object.getPrototypeOf(target);
    console.log(values[i][0], '->', Array.isArray(target), util.types.isDate(target), util.types.isMap(target),
      util.types.isSet(target), util.types.isTypedArray(target), util.types.isRegExp(target), util.types.isNumberObject(target),
      proto === null ? 'null' : proto.constructor.name, util.inspect(target, { breakLength: Infinity }));
  });
  port2.close();
});
for (const [label, value] of values) {
  try {
    port1.postMessage(value);
  } catch (e) {
    console.log(label, 'threw', e.name, e.message);
    got.push(null);
  }
}
