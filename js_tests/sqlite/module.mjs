// node:sqlite from an ES module: named and default exports; only behind the node: scheme; the
// ExperimentalWarning node 24.12 prints on stderr when it loads.
import sqlite, { DatabaseSync, StatementSync, backup, constants } from 'node:sqlite';
import { createRequire, isBuiltin } from 'node:module';

const require = createRequire(import.meta.url);
console.log(sqlite.DatabaseSync === DatabaseSync, typeof StatementSync, typeof backup, require('node:sqlite') === sqlite);
console.log(Object.keys(sqlite).filter((k) => k !== 'Session'));
console.log(isBuiltin('node:sqlite'), isBuiltin('sqlite'));
try {
  require('sqlite');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
await import('sqlite').catch((err) => console.log(err.code));
console.log(constants.SQLITE_OK, constants.SQLITE_DENY, constants.SQLITE_INSERT, constants.SQLITE_CHANGESET_ABORT);
console.log(typeof DatabaseSync.prototype.prepare, Object.keys(DatabaseSync.prototype).includes('exec'));
console.log(Object.keys(StatementSync.prototype).filter((k) => k !== 'columns'));
using db = new DatabaseSync(':memory:');
console.log(db.prepare('SELECT sqlite_version() IS NOT NULL AS ok').get());
