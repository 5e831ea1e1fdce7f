// Primitives at the top level and inside containers: quoting, escapes, numbers, symbols.
const { inspect } = require('util');
const values = [
  'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " ` three', 'tpl ${x} \' "',
  'tab\there', 'nl\nline', 'nul\0', 'bell\x07', 'esc\x1b[0m', 'del\x7f', 'c1\x85', 'back\\slash',
  'lone \ud800 surrogate', 'pair \ud83d\ude00 ok', 'é ü 中文', '',
  0, -0, 1.5, -2.25, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 0.1 + 0.2,
  10n, -10n, 0n, 12345678901234567890n,
  true, false, null, undefined,
  Symbol(), Symbol('desc'), Symbol('with\nnewline'), Symbol.iterator, Symbol.for('registered'),
];
for (const v of values) {
  console.log(inspect(v), '|', inspect([v]), '|', inspect({ v }));
}
console.log(-0, [-0], 0, '%d', -0);
console.log('strings at top level are not quoted', ['but inside are']);
