'use strict';
// tokens: true returns the parsed tokens with their kinds, raw names and argument indexes
const { parseArgs } = require('util');

const options = {
  file: { type: 'string', short: 'f' },
  all: { type: 'boolean', short: 'a' },
  brief: { type: 'boolean', short: 'b' },
};
const { tokens, values, positionals } = parseArgs({
  args: ['-ab', '-fx.txt', '--file', 'y.txt', '--file=z.txt', 'pos', '-abfw.txt', '-f', 'v', '--', 'rest', '-a'],
  options,
  allowPositionals: true,
  tokens: true,
});
for (const token of tokens) console.log(token);
console.log(values, positionals);
console.log(parseArgs({ args: [], tokens: true }));
console.log(parseArgs({ args: ['--x', '-y'], strict: false, tokens: true }).tokens);
