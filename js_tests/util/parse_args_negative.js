'use strict';
// allowNegative: --no-<boolean> stores false
const { parseArgs } = require('util');

const options = { color: { type: 'boolean', default: true }, name: { type: 'string' } };
const run = (args, extra = {}) => {
  try {
    const result = parseArgs({ args, options, allowNegative: true, ...extra });
    console.log(JSON.stringify(args), result.values, result.tokens ?? '');
  } catch (err) {
    console.log(JSON.stringify(args), err.code, err.message);
  }
};
run(['--no-color']);
run(['--color', '--no-color']);
run(['--no-color', '--color']);
run(['--no-color'], { tokens: true });
run(['--no-name']);
run(['--no-other']);
run(['--no-color=x']);
run(['--no-other'], { strict: false });
try {
  parseArgs({ args: ['--no-color'], options });
} catch (err) {
  console.log('without allowNegative:', err.code, err.message);
}
