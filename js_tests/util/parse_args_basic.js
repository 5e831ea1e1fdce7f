'use strict';
// string and boolean options, short aliases, multiple values, defaults and positionals
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'boolean', multiple: true, short: 'l' },
  color: { type: 'boolean', default: true },
  out: { type: 'string', default: 'a.out' },
};
const runs = [
  [],
  ['--verbose'],
  ['-v', '--name', 'Ada'],
  ['-n', 'Grace', '--name=Linus'],
  ['--tag', 'a', '-t', 'b', '--tag=c'],
  ['-l', '-l', '--level'],
  ['--out='],
  ['-n', '-'],
];
for (const args of runs) {
  const { values, positionals } = parseArgs({ args, options });
  console.log(JSON.stringify(args), '->', values, positionals);
}
const withPositionals = parseArgs({
  args: ['build', '-v', 'src', '--', '--not-an-option', '-x'],
  options,
  allowPositionals: true,
});
console.log(withPositionals);
console.log(Object.getPrototypeOf(withPositionals.values), Object.keys(withPositionals));
const loose = parseArgs({ args: ['--unknown', '-xyz', '--str=val', 'pos', '--name'], options, strict: false });
console.log(loose);
