// module.stripTypeScriptTypes(): node 24's stripper as an API (strip mode), with its validation,
// its errors, and one ExperimentalWarning.
const { stripTypeScriptTypes } = require('node:module');

console.log(JSON.stringify(stripTypeScriptTypes('const a: number = 1;')));
console.log(JSON.stringify(stripTypeScriptTypes('let s = x as string;\ntype T = 1\n(f)()', { sourceUrl: 'x.ts' })));
console.log(stripTypeScriptTypes.length);
for (const args of [[1], ['a', 1], ['a', null], ['a', { mode: 'x' }], ['a', { sourceMap: true }],
  ['a', { sourceMap: 1 }], ['a', { sourceUrl: 1 }]]) {
  try {
    stripTypeScriptTypes(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  stripTypeScriptTypes('let x = 1;\nenum E { A }', { sourceUrl: 'file.ts' });
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.stack.split('\nSyntaxError')[0]);
}
