'use strict';
// iterate(): one row per next(); iterators share their statement's execution, as in node: a new
// execution (get/all/run/iterate) restarts it, and after the last row the next call starts over.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(x INTEGER, y TEXT); INSERT INTO t VALUES (1, \'a\'), (2, \'b\'), (3, \'c\')');
const stmt = db.prepare('SELECT x, y FROM t WHERE x >= ? ORDER BY x');

for (const row of stmt.iterate(2)) console.log('for-of', row);
const it = stmt.iterate(1);
console.log(typeof it.next, typeof it.return, it[Symbol.iterator]() === it);
console.log(it.next(), it.next(), it.next(), it.next());
console.log('after the end, again:', it.next());
console.log(it.return(), it.next());

const a = stmt.iterate(1);
console.log('a', a.next().value);
const b = stmt.iterate(1);
console.log('b', b.next().value, 'a', a.next().value, 'a', a.next().value, 'a', a.next());
const c = stmt.iterate(1);
c.next();
console.log('get resets', stmt.get(3), c.next().value);

for (const row of stmt.iterate(1)) {
  console.log('break at', row.x);
  break;
}
console.log('next run starts fresh', stmt.all(1).length);
console.log([...db.prepare('SELECT x FROM t').iterate()].map((r) => r.x));
console.log(db.prepare('SELECT x FROM t').iterate().toArray().length);
console.log(db.prepare('SELECT x FROM t WHERE 0').iterate().next());

stmt.setReturnArrays(true);
console.log([...stmt.iterate(2)]);

// writing between steps
const writer = db.prepare('SELECT x FROM t ORDER BY x');
const rows = writer.iterate();
console.log(rows.next().value);
db.exec('UPDATE t SET y = upper(y)');
console.log(rows.next().value, db.prepare('SELECT group_concat(y) AS ys FROM t').get());
db.close();
try {
  rows.next();
} catch (err) {
  console.log(err.code, err.message);
}
