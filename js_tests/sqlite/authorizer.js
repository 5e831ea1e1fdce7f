'use strict';
// setAuthorizer(): SQLite asks the callback when it compiles a statement; OK / DENY / IGNORE as
// the callback answers, its errors thrown through, null removes it.
const { DatabaseSync, constants } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
db.exec("CREATE TABLE t(x, secret); INSERT INTO t VALUES (1, 's1'), (2, 's2')");
const calls = [];
db.setAuthorizer((...args) => {
  calls.push(args);
  return constants.SQLITE_OK;
});
const select = db.prepare('SELECT x FROM t ORDER BY x');
console.log(calls);
console.log(select.all(), select.all(), calls.length);
calls.length = 0;
db.prepare('INSERT INTO t VALUES (?, ?)').run(3, 's3');
db.exec('DELETE FROM t WHERE x = 3');
console.log(calls);

db.setAuthorizer((action, table, column) => {
  if (action === constants.SQLITE_READ && column === 'secret') return constants.SQLITE_IGNORE;
  if (action === constants.SQLITE_DELETE) return constants.SQLITE_DENY;
  return constants.SQLITE_OK;
});
console.log(db.prepare('SELECT x, secret FROM t ORDER BY x').all());
try {
  db.exec('DELETE FROM t');
} catch (err) {
  console.log(err.code, err.errcode, err.errstr, err.message);
}
for (const answer of [3, -1, undefined, '0', 0.5]) {
  db.setAuthorizer(() => answer);
  try {
    db.prepare('SELECT 1');
  } catch (err) {
    console.log(String(answer), err.name, err.code, err.message);
  }
}
db.setAuthorizer(() => {
  throw new URIError('from the authorizer');
});
try {
  db.exec('SELECT 1');
} catch (err) {
  console.log(err.name, err.message);
}
db.setAuthorizer(null);
console.log(db.prepare('SELECT count(*) AS n FROM t').get());
for (const bad of [undefined, 1, {}, []]) {
  try {
    db.setAuthorizer(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
