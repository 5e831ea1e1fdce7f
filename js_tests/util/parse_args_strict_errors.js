'use strict';
// strict mode errors with node's codes and messages
const { parseArgs } = require('util');

const options = {
  port: { type: 'string', short: 'p' },
  force: { type: 'boolean', short: 'f' },
  name: { type: 'string' },
};
const cases = [
  { args: ['--bogus'] },
  { args: ['-z'] },
  { args: ['-z'], allowPositionals: true },
  { args: ['--bogus'], allowPositionals: true },
  { args: ['--port'] },
  { args: ['-p'] },
  { args: ['--name'] },
  { args: ['--port', '--force'] },
  { args: ['-p', '-f'] },
  { args: ['--force=yes'] },
  { args: ['-fp'] },
  { args: ['positional'] },
  { args: ['--force', 'positional'] },
  { args: ['--', 'after-terminator'] },
  { args: ['-fz'] },
];
for (const config of cases) {
  try {
    const result = parseArgs({ options, ...config });
    console.log(JSON.stringify(config.args), 'ok', result.values, result.positionals);
  } catch (err) {
    console.log(JSON.stringify(config.args), err.name, err.code);
    console.log(err.message);
  }
}
