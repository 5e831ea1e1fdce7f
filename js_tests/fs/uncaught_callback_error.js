// A callback that rethrows its fs error: node prints the frameless error as [Error: ...] { ... }
const fs = require('fs');
const path = require('path');

console.log('before');
fs.stat(path.join(__dirname, 'no-such-dir', 'x'), (err) => {
  console.log('callback', err.code);
  throw err;
});
