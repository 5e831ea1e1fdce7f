// readFile / writeFile / appendFile / exists / access / copyFile / truncate with callbacks
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

const file = at('f.txt');
fs.writeFile(file, 'hello', (err) => {
  console.log('writeFile', err);
  fs.appendFile(file, ' there', 'utf8', (err) => {
    console.log('appendFile', err);
    fs.readFile(file, (err, data) => {
      console.log('readFile', err, data.toString(), Buffer.isBuffer(data));
      fs.readFile(file, { encoding: 'hex' }, (err, hex) => {
        console.log('readFile hex', hex);
        fs.copyFile(file, at('copy'), (err) => {
          console.log('copyFile', err, fs.readFileSync(at('copy'), 'utf8'));
          fs.truncate(at('copy'), 2, (err) => {
            console.log('truncate', err, fs.readFileSync(at('copy'), 'utf8'));
            fs.access(file, fs.constants.R_OK, (err) => {
              console.log('access', err);
              fs.exists(file, (found) => {
                console.log('exists', found);
                fs.exists(at('missing'), (found2) => {
                  console.log('exists missing', found2);
                  cleanup();
                });
              });
            });
          });
        });
      });
    });
  });
});
