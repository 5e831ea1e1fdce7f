// Long diffs show a few lines of context around changes and mark the rest "... Lines skipped".
const assert = require('assert');
const { report } = require('./helpers/report');

const a = Array.from({ length: 30 }, (_, i) => ({ id: i, name: `n${i}` }));
const b = a.map((entry) => ({ ...entry }));
b[15].name = 'changed';
b[2].id = -1;
report('two changes far apart', () => assert.deepStrictEqual(a, b));

const c = Array.from({ length: 20 }, (_, i) => i);
const d = [...c];
d[19] = 'last';
report('change at the end', () => assert.deepStrictEqual(c, d));
const e = [...c];
e[0] = 'first';
report('change at the start', () => assert.deepStrictEqual(c, e));
