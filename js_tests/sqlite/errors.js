'use strict';
// node's errors: invalid SQL and constraint failures as ERR_SQLITE_ERROR with errcode/errstr,
// a closed database and finalized statements as ERR_INVALID_STATE, wrong argument types as
// ERR_INVALID_ARG_TYPE; each is the plain class with an own `code`, as node's C++ throws them.
const { DatabaseSync, StatementSync } = require('node:sqlite');

function show(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`, Object.keys(err), err.code, err.errcode, err.errstr,
      String(err.stack).split('\n')[0]);
  }
}

const db = new DatabaseSync(':memory:');
show('syntax', () => db.exec('SELEC 1'));
show('syntax in prepare', () => db.prepare('CREATE TABLEEEE'));
show('no table', () => db.prepare('SELECT * FROM nowhere'));
show('no column', () => db.prepare('SELECT nope'));
db.exec('CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE, n INTEGER CHECK (n > 0))');
db.exec("INSERT INTO t VALUES (1, 'a', 1)");
show('unique', () => db.exec("INSERT INTO t VALUES (2, 'a', 1)"));
show('primary key', () => db.prepare('INSERT INTO t VALUES (1, ?, 1)').run('b'));
show('not null', () => db.prepare('INSERT INTO t(v) VALUES (?)').run(null));
show('check', () => db.prepare("INSERT INTO t(v, n) VALUES ('c', -1)").run());
db.exec('CREATE TABLE child(pid INTEGER REFERENCES t(id))');
show('foreign key', () => db.exec('INSERT INTO child VALUES (99)'));
show('datatype', () => db.exec('CREATE TABLE s(x INTEGER) STRICT; INSERT INTO s VALUES (\'text\')'));
show('out of range', () => db.prepare('SELECT 9007199254740992 AS big').get());
show('out of range all', () => db.prepare('SELECT 1 AS a UNION ALL SELECT -9007199254740993').all());
show('bigint too large', () => db.prepare('SELECT ?').get(2n ** 64n));

show('new without', () => DatabaseSync(':memory:'));
show('statement constructor', () => new StatementSync());
show('path type', () => new DatabaseSync(42));
show('path nul', () => new DatabaseSync('a\0b'));
show('path url', () => new DatabaseSync(new URL('https://example.com/db')));
show('options type', () => new DatabaseSync(':memory:', 'x'));
for (const key of ['open', 'readOnly', 'enableForeignKeyConstraints', 'enableDoubleQuotedStringLiterals',
  'readBigInts', 'returnArrays', 'allowBareNamedParameters', 'allowUnknownNamedParameters', 'allowExtension']) {
  show(key, () => new DatabaseSync(':memory:', { [key]: 'yes' }));
}
show('timeout', () => new DatabaseSync(':memory:', { timeout: 1.5 }));
show('exec type', () => db.exec(1));
show('prepare type', () => db.prepare());
show('location type', () => db.location(1));
show('already open', () => db.open());

const stmt = db.prepare('SELECT 1 AS one');
db.close();
show('exec closed', () => db.exec('SELECT 1'));
show('prepare closed', () => db.prepare('SELECT 1'));
show('close closed', () => db.close());
show('isTransaction closed', () => db.isTransaction);
show('location closed', () => db.location());
show('function closed', () => db.function('f', () => 1));
show('finalized', () => stmt.get());
show('finalized sourceSQL', () => stmt.sourceSQL);
db.open();
show('reopened, still finalized', () => stmt.all());
show('reopened works', () => db.prepare('SELECT 2 AS two').get());
