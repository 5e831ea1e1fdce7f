'use strict';
// without `args`, parseArgs reads the script's own arguments (process.argv after the script)
const { parseArgs } = require('util');

const { values, positionals } = parseArgs({
  options: {
    mode: { type: 'string', short: 'm' },
    dry: { type: 'boolean' },
  },
  allowPositionals: true,
});
console.log(values, positionals);
