'use strict';
// createTagStore(): tagged templates whose values become parameters, statements cached by
// template up to `capacity` (least recently used out), the database's rows and errors.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const sql = db.createTagStore();
console.log(sql.capacity, sql.db === db, Reflect.ownKeys(sql), Object.keys(Object.getPrototypeOf(sql)));
db.exec('CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT)');
for (const name of ['bob', 'mac', 'alice']) console.log(sql.run`INSERT INTO people(name) VALUES (${name})`);
console.log(sql.get`SELECT * FROM people WHERE name = ${'mac'}`);
console.log(sql.get`SELECT * FROM people WHERE name = ${'nobody'}`);
console.log(sql.all`SELECT name FROM people WHERE id > ${1} ORDER BY id`);
console.log([...sql.iterate`SELECT id FROM people ORDER BY id DESC`]);
console.log('size', sql.size());

const small = db.createTagStore(2);
for (const v of [1, 2, 1, 3]) small.get`SELECT ${v} AS v`;
console.log(small.size(), small.capacity);
small.get`SELECT 'a' AS x, ${1} AS y`;
small.all`SELECT 'b' AS x`;
small.get`SELECT 'a' AS x, ${2} AS y`;
console.log(small.size());
small.clear();
console.log(small.size(), small.capacity);

try {
  sql.get('SELECT 1');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  sql.get`SELEC ${1}`;
} catch (err) {
  console.log(err.name, err.code, err.message, Object.keys(err));
}
db.close();
try {
  sql.all`SELECT 1`;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
