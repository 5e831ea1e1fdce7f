'use strict';
// A worker terminated in the middle of a write transaction: its database closes with the thread
// and the transaction rolls back, so the file is not left locked for the other threads.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { DatabaseSync } = require('node:sqlite');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (isMainThread) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noderun-sqlite-terminate-'));
  const file = path.join(dir, 'locked.db');
  const setup = new DatabaseSync(file);
  setup.exec('CREATE TABLE t(x)');
  setup.close();
  const worker = new Worker(__filename, { workerData: file });
  worker.on('message', async (message) => {
    console.log('worker:', message);
    console.log('terminated with', await worker.terminate());
    const db = new DatabaseSync(file);
    db.exec('INSERT INTO t VALUES (2)');
    console.log(db.prepare('SELECT x FROM t').all());
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
} else {
  const db = new DatabaseSync(workerData);
  db.exec('BEGIN IMMEDIATE; INSERT INTO t VALUES (1)');
  parentPort.postMessage(`in a transaction: ${db.isTransaction}`);
  for (;;);
}
