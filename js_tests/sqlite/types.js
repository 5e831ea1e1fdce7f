'use strict';
// Values in and out: numbers are bound as doubles, BigInts as integers, any ArrayBufferView as a
// blob that comes back as a Uint8Array, null as NULL; other values are refused.
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const echo = db.prepare('SELECT ? AS value, typeof(?1) AS type');
for (const value of [42, 1.5, -0, NaN, Infinity, -Infinity, 2 ** 53 - 1, 1e300, 7n, -(2n ** 63n),
  'text', '', 'é✓ 𝄞', null,
  new Uint8Array([1, 2, 3]), Buffer.from('hi'), new Uint16Array([1, 256]),
  new DataView(new ArrayBuffer(2)), new Float64Array([1.5]), new Uint8Array(0)]) {
  const row = echo.get(value);
  console.log(typeof value, row.type, row.value);
}

for (const value of [true, false, undefined, {}, [], Symbol('s'), () => 1, new ArrayBuffer(2), new Date(0)]) {
  try {
    console.log(Object.prototype.toString.call(value), echo.get(value));
  } catch (err) {
    console.log(typeof value, err.name, err.code, err.message);
  }
}
// a refused value in a later position names that parameter
try {
  db.prepare('SELECT ?, ?, ?').get(1, 'a', true);
} catch (err) {
  console.log(err.code, err.message);
}

db.exec(`CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, a ANY) STRICT`);
const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
insert.run(1n, 2.5, 'three', new Uint8Array([4]), null);
insert.run(10, 3, 'x', Buffer.alloc(3), 5);
try {
  insert.run(1.5, 1, 's', null, null);
} catch (err) {
  console.log(err.code, err.errcode, err.errstr, err.message);
}
for (const row of db.prepare('SELECT i, r, s, b, a, typeof(i) ti, typeof(r) tr, typeof(a) ta FROM t').all()) {
  console.log(row);
}
const blob = db.prepare('SELECT b FROM t LIMIT 1').get().b;
console.log(blob instanceof Uint8Array, Buffer.isBuffer(blob), blob.constructor.name);
console.log(db.prepare("SELECT x'CAFE' AS b, 'é' AS s, 0.1 + 0.2 AS f, 10 / 4 AS q, 10.0 / 4 AS r").get());
