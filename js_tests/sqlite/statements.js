'use strict';
// Statement details node's own tests check: RETURNING with run() / all() / get(), columns named
// like Object.prototype members, DDL through prepare(), ?NNN left unbound, bindings reset on each
// call, SQLite features the build has (math, FTS5, JSON, window functions, dbstat).
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const create = db.prepare('CREATE TABLE data(key INTEGER PRIMARY KEY, val INTEGER NOT NULL) STRICT');
console.log(create.all(), create.sourceSQL);
const returning = db.prepare('INSERT INTO data (key, val) VALUES ($k, $v) RETURNING key, val * 2 AS twice');
console.log(returning.run({ k: 1, v: 10 }), returning.run({ k: 2, v: 20 }));
console.log(returning.get({ k: 3, v: 30 }), returning.all({ k: 4, v: 40 }));
console.log(db.prepare('UPDATE data SET val = val + 1 WHERE key > 2 RETURNING key').all());
console.log(db.prepare('DELETE FROM data WHERE key = 4 RETURNING *').run());
console.log(db.prepare('SELECT 1 as __proto__, 2 as constructor, 3 as toString').get());

const numbered = db.prepare('INSERT INTO data (key, val) VALUES (?1, ?3)');
try {
  numbered.run(5);
} catch (err) {
  console.log(err.code, err.errcode, err.message);
}
console.log(db.prepare('SELECT ?1 AS a, ?3 AS c').get(1), db.prepare('SELECT ?3 AS c, ? AS next').get(7, 8, 9, 10));

const echo = db.prepare('SELECT ? AS a, ? AS b');
console.log(echo.get(1, 2), echo.get(3), echo.get());

console.log(db.prepare('SELECT round(pi(), 4) AS pi, sqrt(16) AS four, log2(8) AS three').get());
db.exec("CREATE VIRTUAL TABLE docs USING fts5(body); INSERT INTO docs VALUES ('the quick brown fox'), ('lazy dogs')");
console.log(db.prepare("SELECT body FROM docs WHERE docs MATCH 'quick'").all());
console.log(db.prepare(`SELECT json_extract('{"a":[1,2,{"b":3}]}', '$.a[2].b') AS b, json_array(1, 'x') AS arr`).get());
console.log(db.prepare('SELECT key, sum(val) OVER (ORDER BY key) AS running FROM data').all());
console.log(db.prepare("SELECT count(*) > 0 AS pages FROM dbstat WHERE name = 'data'").get());
console.log(db.prepare('PRAGMA user_version = 7').run(), db.prepare('PRAGMA user_version').get());
console.log(db.prepare('SELECT 1 AS a -- trailing comment').get(), db.prepare('  SELECT 2 AS b;  ').get());
