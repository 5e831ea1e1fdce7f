'use strict';
// node:util's accessors and data properties: `aborted` is a getter without a setter, parseArgs,
// TextEncoder and TextDecoder are plain writable properties (node 20 had lazy accessors for them)
const util = require('util');

const desc = Object.getOwnPropertyDescriptor(util, 'aborted');
console.log('aborted', typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, desc.get.name);
console.log(typeof util.aborted, util.aborted.name, util.aborted === util.aborted);
try {
  util.aborted = 1;
} catch (err) {
  console.log(err.name);
}
for (const name of ['parseArgs', 'TextEncoder', 'TextDecoder']) {
  const d = Object.getOwnPropertyDescriptor(util, name);
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable);
}
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === globalThis.TextDecoder);
console.log(typeof util.parseArgs, util.parseArgs.name);
util.parseArgs = 'replaced';
console.log(util.parseArgs);
const names = ['callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'formatWithOptions', 'inherits', 'inspect',
  'isDeepStrictEqual', 'promisify', 'styleText', 'stripVTControlCharacters', 'toUSVString', 'types',
  'getSystemErrorName', 'getSystemErrorMap', 'getSystemErrorMessage', 'aborted'];
console.log(names.filter((name) => !(name in util)));
console.log(require('node:util') === util);
