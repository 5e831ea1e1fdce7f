'use strict';
// the configuration is validated before any argument is read
const { parseArgs } = require('util');

const configs = [
  { args: 'x' },
  { args: [], strict: 1 },
  { args: [], allowPositionals: 'yes' },
  { args: [], tokens: null },
  { args: [], allowNegative: 0 },
  { args: [], options: [] },
  { args: [], options: 5 },
  { args: [], options: { a: 5 } },
  { args: [], options: { a: {} } },
  { args: [], options: { a: { type: 'number' } } },
  { args: [], options: { a: { type: 'boolean', short: 'ab' } } },
  { args: [], options: { a: { type: 'boolean', short: '' } } },
  { args: [], options: { a: { type: 'boolean', short: 5 } } },
  { args: [], options: { a: { type: 'boolean', multiple: 'yes' } } },
  { args: [], options: { a: { type: 'boolean', default: 'x' } } },
  { args: [], options: { a: { type: 'string', default: 5 } } },
  { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } },
  { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 1] } } },
  { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'no'] } } },
];
for (const config of configs) {
  try {
    parseArgs(config);
    console.log('accepted', JSON.stringify(config));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(parseArgs({ args: [], options: { a: { type: 'string', multiple: true, default: [] } } }).values);
const inherited = Object.create({ args: ['--from-proto'] });
console.log(parseArgs(inherited));
