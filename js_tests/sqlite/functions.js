'use strict';
// User functions and aggregates: arity from fn.length (or varargs), arguments as node converts
// them (BigInts with useBigIntArguments), results back to SQLite, errors thrown through.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.errcode, err.message);
  }
}

db.function('double', (x) => x * 2);
show('double', () => db.prepare('SELECT double(21) AS v, typeof(double(21)) AS t').get());
db.function('describe', { varargs: true }, (...args) => args.map((a) => `${typeof a}:${a}`).join(' '));
show('describe', () => db.prepare("SELECT describe(1, 2.5, 'x', NULL, x'00ff') AS v").get());
show('describe none', () => db.prepare('SELECT describe() AS v').get());
db.function('bigArgs', { useBigIntArguments: true }, (a, b) => typeof a + ' ' + typeof b + ' ' + (a + BigInt(b.length)));
show('bigArgs', () => db.prepare("SELECT bigArgs(9007199254740993, x'0102') AS v").get());
db.function('plain', (a) => a);
show('unsafe argument', () => db.prepare('SELECT plain(9007199254740993) AS v').get());
show('arity', () => db.prepare('SELECT double(1, 2)').get());
db.function('det', { deterministic: true, directOnly: true }, () => 'same');
show('deterministic', () => db.prepare('SELECT det() AS v').get());

for (const [label, value] of [['undefined', undefined], ['null', null], ['bigint', 5n], ['string', 's'],
  ['float', 0.5], ['blob', new Uint16Array([1])], ['boolean', true], ['object', {}], ['huge', 2n ** 64n],
  ['promise', Promise.resolve(1)]]) {
  db.function('ret', () => value);
  show('returns ' + label, () => db.prepare('SELECT ret() AS v, typeof(ret()) AS t').get());
}

db.function('boom', () => {
  throw new RangeError('boom from JS');
});
show('throws', () => db.prepare('SELECT boom()').get());
show('throws in exec', () => db.exec('SELECT boom()'));
show('still usable', () => db.prepare('SELECT double(2) AS v').get());

db.exec('CREATE TABLE n(g TEXT, v INTEGER); INSERT INTO n VALUES (\'a\', 1), (\'a\', 2), (\'b\', 10), (\'b\', 20), (\'b\', 30)');
db.aggregate('total', { start: 0, step: (acc, v) => acc + v });
db.aggregate('collect', {
  start: () => [],
  step: (acc, v) => {
    acc.push(v);
    return acc;
  },
  result: (acc) => acc.join('+'),
});
show('aggregates', () => db.prepare('SELECT g, total(v) AS t, collect(v) AS c FROM n GROUP BY g ORDER BY g').all());
db.aggregate('moving', { start: 0, step: (acc, v) => acc + v, inverse: (acc, v) => acc - v });
show('window', () => db.prepare(
  'SELECT v, moving(v) OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS m FROM n ORDER BY v').all());
db.aggregate('countAll', { start: 0, step: (acc) => acc + 1, varargs: true });
show('varargs aggregate', () => db.prepare('SELECT countAll(g, v) AS a, countAll() AS b FROM n').get());
db.aggregate('bad', { start: 0, step: () => false });
show('aggregate result refused', () => db.prepare('SELECT bad(v) FROM n').get());
db.aggregate('throwing', { start: 0, step: () => { throw new Error('step failed'); } });
show('aggregate throws', () => db.prepare('SELECT throwing() FROM n').get());

show('no name', () => db.function());
show('no function', () => db.function('x'));
show('bad options', () => db.function('x', 1, () => {}));
show('bad option', () => db.function('x', { varargs: 1 }, () => {}));
show('aggregate no options', () => db.aggregate('x'));
show('aggregate no start', () => db.aggregate('x', {}));
show('aggregate object start', () => db.aggregate('x', { start: {} }));
show('aggregate no step', () => db.aggregate('x', { start: 0 }));
show('aggregate bad inverse', () => db.aggregate('x', { start: 0, step() {}, inverse: 1 }));
show('aggregate bad name', () => db.aggregate(1, { start: 0, step() {} }));
