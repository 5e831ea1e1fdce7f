'use strict';
// node:sqlite in worker threads: each worker opens its own connection (to its own file, or to a
// file the main thread reads afterwards); a :memory: database is the thread's own.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { DatabaseSync } = require('node:sqlite');

if (isMainThread) {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-sqlite-worker-'));
  const shared = path.join(dir, 'shared.db');
  const main = new DatabaseSync(shared);
  main.exec('CREATE TABLE log(worker INTEGER, n INTEGER)');
  main.close();

  let pending = 3;
  const results = [];
  for (let i = 0; i < 3; i++) {
    const worker = new Worker(__filename, { workerData: { i, shared, own: path.join(dir, `own-${i}.db`) } });
    worker.on('message', (message) => results.push(message));
    worker.on('exit', (code) => {
      if (code !== 0) console.log('worker exit', code);
      if (--pending === 0) {
        results.sort((a, b) => a.i - b.i);
        for (const r of results) console.log(r);
        const db = new DatabaseSync(shared);
        console.log(db.prepare('SELECT worker, count(*) AS n, sum(n) AS total FROM log GROUP BY worker ORDER BY worker').all());
        db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
} else {
  const { i, shared, own } = workerData;
  const mine = new DatabaseSync(own);
  mine.exec('CREATE TABLE t(v)');
  const insert = mine.prepare('INSERT INTO t VALUES (?)');
  mine.exec('BEGIN');
  for (let n = 0; n < 100; n++) insert.run(n * (i + 1));
  mine.exec('COMMIT');
  const sum = mine.prepare('SELECT sum(v) AS s FROM t').get().s;
  mine.close();

  const memory = new DatabaseSync(':memory:');
  memory.exec('CREATE TABLE only_here(x)');
  memory.function('twice', (x) => x * 2);
  const twice = memory.prepare('SELECT twice(?) AS v').get(i).v;

  const db = new DatabaseSync(shared, { timeout: 10000 });
  const log = db.prepare('INSERT INTO log VALUES (?, ?)');
  for (let n = 1; n <= 10; n++) log.run(i, n);
  db.close();
  parentPort.postMessage({ i, sum, twice, tables: memory.prepare("SELECT name FROM sqlite_master").all().map((r) => r.name) });
}
