// Callbacks get fs errors as their first argument (a frameless Error with errno / code / syscall /
// path); argument errors and a missing callback throw at the call
const fs = require('fs');
const util = require('util');
const { at, rel, describe, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('file'), '');
attempt('no callback', () => fs.stat(at('file')));
attempt('options but no callback', () => fs.readFile(at('file'), 'utf8'));
attempt('callback not a function', () => fs.readFile(at('file'), 'utf8', 5));
attempt('bad path throws', () => fs.readFile(42.5, () => console.log('never')));
attempt('bad encoding throws', () => fs.readFile(at('file'), 'nope', () => console.log('never')));

fs.readFile(at('missing'), (err, data) => {
  console.log(describe(err), data);
  console.log(rel(err.stack));
  console.log(rel(util.inspect(err)));
  fs.mkdir(at('file'), (err2) => {
    console.log(describe(err2));
    fs.rename(at('missing'), at('x'), (err3) => {
      console.log(describe(err3));
      fs.rm(at(), (err4) => {
        console.log(describe(err4));
        fs.rmdir(at(), (err5) => {
          console.log(describe(err5));
          cleanup();
        });
      });
    });
  });
});
