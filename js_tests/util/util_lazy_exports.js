'use strict';
// parseArgs, TextEncoder and TextDecoder are lazy accessors on node:util that can be replaced
const util = require('util');

for (const name of ['parseArgs', 'TextEncoder', 'TextDecoder']) {
  const desc = Object.getOwnPropertyDescriptor(util, name);
  console.log(name, typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, desc.get.name, desc.set.name);
}
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === globalThis.TextDecoder);
console.log(typeof util.parseArgs, util.parseArgs.name);
util.parseArgs = 'replaced';
console.log(util.parseArgs, Object.getOwnPropertyDescriptor(util, 'parseArgs').writable);
const names = ['callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'formatWithOptions', 'inherits', 'inspect',
  'isDeepStrictEqual', 'promisify', 'styleText', 'stripVTControlCharacters', 'toUSVString', 'types',
  'getSystemErrorName', 'getSystemErrorMap', 'aborted'];
console.log(names.filter((name) => !(name in util)));
console.log(require('node:util') === util);
