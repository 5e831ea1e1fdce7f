'use strict';
// A database file: created, closed, reopened with its data; readOnly, open: false + open(),
// location(), paths as string, Buffer and file: URL, [Symbol.dispose].
const { DatabaseSync } = require('node:sqlite');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-sqlite-'));
const file = path.join(dir, 'data.db');
try {
  const db = new DatabaseSync(file);
  console.log(db.location() === file, fs.existsSync(file));
  db.exec('CREATE TABLE kv(k TEXT PRIMARY KEY, v BLOB)');
  const put = db.prepare('INSERT INTO kv VALUES (?, ?)');
  put.run('one', Buffer.from('first'));
  put.run('two', new Uint8Array([2, 2]));
  db.close();
  console.log(db.isOpen);

  const again = new DatabaseSync(file, { open: false });
  console.log(again.isOpen);
  again.open();
  console.log(again.prepare('SELECT k, v FROM kv ORDER BY k').all());
  console.log(again.location('main') === file, again.location('temp'), again.location('nope'));
  again.exec(`ATTACH DATABASE ':memory:' AS mem`);
  console.log(again.location('mem'));
  again[Symbol.dispose]();
  again[Symbol.dispose]();
  console.log(again.isOpen);

  const ro = new DatabaseSync(file, { readOnly: true });
  console.log(ro.prepare('SELECT count(*) AS n FROM kv').get());
  try {
    ro.exec("INSERT INTO kv VALUES ('three', NULL)");
  } catch (err) {
    console.log(err.code, err.errcode, err.errstr, err.message);
  }
  ro.close();

  const byUrl = new DatabaseSync(pathToFileURL(file));
  console.log(byUrl.prepare('SELECT k FROM kv ORDER BY k').all().map((r) => r.k));
  byUrl.close();
  const url = pathToFileURL(file);
  url.searchParams.set('mode', 'ro');
  const roUrl = new DatabaseSync(url);
  try {
    roUrl.exec('DELETE FROM kv');
  } catch (err) {
    console.log('mode=ro', err.message);
  }
  roUrl.close();
  const byBuffer = new DatabaseSync(Buffer.from(file), { timeout: 100, enableForeignKeyConstraints: false });
  console.log(byBuffer.prepare('SELECT count(*) AS n FROM kv').get(), byBuffer.prepare('PRAGMA foreign_keys').get());
  byBuffer.close();
  const fk = new DatabaseSync(file);
  console.log(fk.prepare('PRAGMA foreign_keys').get());
  fk.close();

  try {
    new DatabaseSync(path.join(dir, 'missing', 'x.db'));
  } catch (err) {
    console.log(err.code, err.errcode, err.errstr, err.message);
  }
  try {
    new DatabaseSync(path.join(dir, 'absent.db'), { readOnly: true });
  } catch (err) {
    console.log(err.code, err.errcode, err.errstr, err.message, fs.existsSync(path.join(dir, 'absent.db')));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
