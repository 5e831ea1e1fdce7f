// node:sqlite: ms for one all() of 20,000 rows of four columns (:memory:)
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(':memory:');
db.exec(`CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, v REAL, n INTEGER);
  WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20000)
  INSERT INTO t(name, v, n) SELECT 'name' || i, i * 1.5, i * 7 FROM c`);
const select = db.prepare('SELECT id, name, v, n FROM t');
select.all();   // warm-up
const start = process.hrtime.bigint();
const rows = select.all();
const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
if (rows.length !== 20000) throw new Error('rows lost');
console.log(elapsed.toFixed(3));
