// node:sqlite: microseconds per prepared INSERT run() (20,000 rows in one transaction, :memory:)
const { DatabaseSync } = require('node:sqlite');
const N = 20000;
const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, v REAL)');
const insert = db.prepare('INSERT INTO t(name, v) VALUES (?, ?)');
db.exec('BEGIN');
for (let i = 0; i < 1000; i++) insert.run('warm-up', i);   // warm-up
const start = process.hrtime.bigint();
for (let i = 0; i < N; i++) insert.run('name' + i, i * 1.5);
const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
db.exec('COMMIT');
console.log((elapsed / N).toFixed(3));
