// util.inspect.defaultOptions: reading, changing (affects console.log), validation.
const util = require('util');
console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } }, util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { depth: 5, breakLength: 40 };
console.log({ a: { b: { c: { d: { e: 1 } } } } }, ['x'.repeat(20), 'y'.repeat(20)]);
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.compact);
for (const bad of [null, 5, 'str', undefined]) {
  try {
    util.inspect.defaultOptions = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
util.inspect.defaultOptions = saved;
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.maxArrayLength = 2;
console.log([1, 2, 3, 4]);
util.inspect.defaultOptions.maxArrayLength = 100;
util.inspect.defaultOptions.colors = true;
console.log(JSON.stringify(util.inspect(1)));
util.inspect.defaultOptions.colors = false;
console.log(util.inspect(1));
