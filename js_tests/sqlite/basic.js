'use strict';
// Create, insert, select: run() results, get(), all(), exec() of several statements.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
console.log(db.isOpen, db.isTransaction, db.location(), db[Symbol.for('sqlite-type')]);
console.log(db.exec(`
  CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER);
  -- a comment between statements; and a semicolon inside a string:
  INSERT INTO people(name, age) VALUES ('Ada; Lovelace', 36);
`));

const insert = db.prepare('INSERT INTO people(name, age) VALUES (?, ?)');
console.log(insert.sourceSQL);
console.log(insert.run('Grace', 85));
console.log(insert.run('Alan', 41n));
console.log(insert.expandedSQL);
console.log(db.prepare('UPDATE people SET age = age + 1').run());
console.log(db.prepare('DELETE FROM people WHERE age > 80').run());
console.log(db.prepare('SELECT 1').run());

const select = db.prepare('SELECT id, name, age FROM people ORDER BY id');
console.log(select.all());
console.log(select.get());
console.log(db.prepare('SELECT * FROM people WHERE id = ?').get(99));
console.log(db.prepare('SELECT * FROM people WHERE id = ?').all(99));
console.log(db.prepare('SELECT count(*) AS n, sum(age) AS total FROM people').get());

// prepare() compiles only the first statement
const first = db.prepare('SELECT 1 AS one; SELECT 2 AS two');
console.log(first.sourceSQL, first.all());

// the same statement object runs again with new values
const byName = db.prepare('SELECT age FROM people WHERE name = ?');
console.log(byName.get('Alan'), byName.get('Ada; Lovelace'), byName.get('nobody'));

// duplicate column names: the last one wins, as in node
console.log(db.prepare('SELECT 1 AS x, 2 AS x').get());
console.log(db.prepare("SELECT 'a' AS 'weird name', 2 AS [ok]").get());
db.close();
console.log(db.isOpen);
