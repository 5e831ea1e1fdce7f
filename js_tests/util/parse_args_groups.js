'use strict';
// short option groups, -fVALUE, option-like values in loose mode and odd arguments
const { parseArgs } = require('util');

const options = {
  a: { type: 'boolean' },
  b: { type: 'boolean' },
  file: { type: 'string', short: 'f' },
};
const show = (args, extra = {}) => {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, ...extra });
  console.log(JSON.stringify(args), values, positionals);
};
show(['-ab']);
show(['-abf', 'out.txt']);
show(['-abfout.txt']);
show(['-fab']);
show(['-f', '--', 'x'], { strict: false });
show(['-']);
show(['--']);
show(['--', '--']);
show(['-f', '-a'], { strict: false });
show(['--file', '--a'], { strict: false });
show(['-ba', '-x'], { strict: false });
show(['---triple'], { strict: false });
show(['--=value'], { strict: false });
show(['-='], { strict: false });
show(['--__proto__'], { strict: false });
