'use strict';
// backup(db, path, options): a promise of the number of pages copied; progress() between steps
// of `rate` pages; the copy opens as a database of its own.
const { DatabaseSync, backup } = require('node:sqlite');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-sqlite-backup-'));
const source = new DatabaseSync(':memory:');
source.exec('CREATE TABLE big(id INTEGER PRIMARY KEY, pad TEXT)');
const insert = source.prepare('INSERT INTO big(pad) VALUES (?)');
for (let i = 0; i < 40; i++) insert.run('x'.repeat(500));

function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

async function main() {
  const calls = [];
  const pages = await backup(source, path.join(dir, 'copy.db'), {
    rate: 2,
    progress(info) {
      calls.push(info);
    },
  });
  console.log('pages', pages, 'progress calls', calls.length, calls[0], calls.at(-1));
  const copy = new DatabaseSync(path.join(dir, 'copy.db'));
  console.log(copy.prepare('SELECT count(*) AS n, length(pad) AS len FROM big').get());
  copy.close();

  let called = 0;
  console.log('default rate', await backup(source, path.join(dir, 'copy2.db'), { progress() { called++; } }), called);
  const promise = backup(source, Buffer.from(path.join(dir, 'copy3.db')));
  console.log(promise instanceof Promise);
  console.log(await promise);

  await backup(source, path.join(dir, 'copy4.db'), { rate: 1, progress() { throw new Error('stop here'); } })
    .catch((err) => console.log('rejected:', err.message));
  await backup(source, path.join(dir, 'copy5.db'), { source: 'nope' })
    .catch((err) => console.log('rejected:', err.code, err.message));

  check('no db', () => backup());
  check('no path', () => backup(source));
  check('bad path', () => backup(source, 'a\0b'));
  check('bad options', () => backup(source, 'x.db', 'opts'));
  check('bad source', () => backup(source, 'x.db', { source: 1 }));
  check('bad target', () => backup(source, 'x.db', { target: 1 }));
  check('bad rate', () => backup(source, 'x.db', { rate: 1.5 }));
  check('bad progress', () => backup(source, 'x.db', { progress: 1 }));
  source.close();
  check('closed db', () => backup(source, 'x.db'));
}

main().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
