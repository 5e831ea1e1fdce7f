'use strict';
// Integers: numbers while they are safe, ERR_OUT_OF_RANGE beyond, BigInts with readBigInts (the
// database option or the statement's setter); BigInt parameters up to 64 bits.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE n(id INTEGER PRIMARY KEY, v INTEGER)');
const insert = db.prepare('INSERT INTO n(v) VALUES (?)');
for (const v of [1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n)]) insert.run(v);

const all = db.prepare('SELECT v FROM n ORDER BY id');
try {
  all.all();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const one = db.prepare('SELECT v FROM n WHERE id = ?');
for (let id = 1; id <= 6; id++) {
  try {
    console.log(id, one.get(id));
  } catch (err) {
    console.log(id, err.name, err.code, err.message);
  }
}
try {
  for (const row of db.prepare('SELECT v FROM n ORDER BY id').iterate()) console.log('iterated', row);
} catch (err) {
  console.log('iterate', err.code, err.message);
}

console.log(all.setReadBigInts(true));
console.log(all.all());
console.log(all.setReturnArrays(true), all.all());
all.setReadBigInts(false);
console.log(db.prepare('SELECT 1.5 AS r, 2 AS i').get());

const big = new DatabaseSync(':memory:', { readBigInts: true, returnArrays: true });
console.log(big.prepare('SELECT 1 AS a, 2.5 AS b, NULL AS c').get());
big.exec('CREATE TABLE t(x)');
console.log(big.prepare('INSERT INTO t VALUES (1)').run());
const notBig = big.prepare('INSERT INTO t VALUES (2)');
notBig.setReadBigInts(false);
console.log(notBig.run());

for (const v of [2n ** 63n, -(2n ** 63n) - 1n]) {
  try {
    insert.run(v);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
// rowids beyond safe integers come back as (inexact) numbers
db.exec('CREATE TABLE r(id INTEGER PRIMARY KEY)');
console.log(db.prepare('INSERT INTO r VALUES (?)').run(2n ** 60n));
