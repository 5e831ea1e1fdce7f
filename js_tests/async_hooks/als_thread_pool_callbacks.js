'use strict';
// AsyncLocalStorage's store in the callbacks of work done on the thread pool (fs, zlib, crypto,
// dns.lookup) is the one current when the work was queued, also when several chains interleave
// (an express app keeping a request id in a store reads it back in its fs / zlib callbacks).
const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const dns = require('node:dns');

const als = new AsyncLocalStorage();
const seen = { 1: [], 2: [], 3: [] };

function chain(id) {
  const mark = (where) => seen[id].push(`${where}=${als.getStore()?.id}`);
  return new Promise((resolve) => {
    als.run({ id }, () => {
      fs.readFile(__filename, () => {
        mark('fs.readFile');
        zlib.gzip(Buffer.alloc(1000 * id), () => {
          mark('zlib.gzip');
          crypto.randomBytes(8, () => {
            mark('crypto.randomBytes');
            crypto.pbkdf2('pw', 'salt', 10, 16, 'sha256', () => {
              mark('crypto.pbkdf2');
              fs.stat(__dirname, () => {
                mark('fs.stat');
                dns.lookup('127.0.0.1', () => {
                  mark('dns.lookup');
                  resolve();
                });
              });
            });
          });
        });
      });
      fs.promises.readFile(__filename).then(() => mark('fs.promises.readFile'));
    });
  });
}

Promise.all([chain(1), chain(2), chain(3)]).then(() => {
  for (const id of [1, 2, 3]) console.log(id, seen[id].sort().join(' '));
  console.log('outside', als.getStore());
  fs.readFile(__filename, () => console.log('queued outside any store:', als.getStore()));
});
