'use strict';
// Databases a program drops without close() are closed once nothing reaches them (as node closes
// a collected one), while one that a live statement still uses stays open.
// argv: <dir> <count>; prints {"fdsGrewBy": n, "kept": row}
const { DatabaseSync } = require('node:sqlite');
const fs = require('fs');
const path = require('path');

const [dir, count] = [process.argv[2], Number(process.argv[3])];
const fds = () => fs.readdirSync('/proc/self/fd').length;
const before = fds();
function open(i) {
  const db = new DatabaseSync(path.join(dir, `db-${i % 5}.db`));
  db.exec('CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES (1)');
  return db.prepare('SELECT count(*) AS n FROM t');
}
const kept = open(0);
for (let i = 1; i < count; i++) open(i);
setTimeout(() => {
  globalThis.gc();
  setImmediate(() => console.log(JSON.stringify({ fdsGrewBy: fds() - before, kept: kept.get().n > 0 })));
}, 1);
