// Settings a database is opened with, as node applies them: double-quoted string literals are off
// unless enableDoubleQuotedStringLiterals is true (node's default differs from SQLite's), and the
// defensive flag (off by default) keeps the schema from being written.
const { DatabaseSync } = require('node:sqlite');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    // the message's wording follows the SQLite version; the code and SQLite's error are the same
    console.log(label, 'throws', e.code, e.errcode, e.errstr, e.message.startsWith('no such column'));
  }
}

for (const options of [{}, { enableDoubleQuotedStringLiterals: true },
  { enableDoubleQuotedStringLiterals: false }]) {
  const db = new DatabaseSync(':memory:', options);
  console.log(JSON.stringify(options));
  attempt('  select "abc":', () => db.prepare('SELECT "abc" AS x').get().x);
  attempt('  index on "nope":', () => db.exec('CREATE TABLE t(a); CREATE INDEX i ON t("nope")') ?? 'created');
  db.exec('CREATE TABLE u("a b"); INSERT INTO u VALUES (1)');
  attempt('  quoted identifier:', () => db.prepare('SELECT "a b" AS v FROM u').get().v);
  db.close();
}

for (const options of [{}, { defensive: true }, { defensive: false }]) {
  const db = new DatabaseSync(':memory:', options);
  db.exec('CREATE TABLE t(a)');
  attempt(`${JSON.stringify(options)} writable schema:`, () => {
    db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = sql WHERE name = 't'");
    return 'written';
  });
  db.close();
}
