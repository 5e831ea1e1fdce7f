// readFile of a file over 2 GiB (sparse here): node's ERR_FS_FILE_TOO_LARGE in every form, before
// anything is read
const fs = require('fs');
const { at, describe } = require('./helpers/tmp');

const file = at('big');
const fd = fs.openSync(file, 'w');
fs.ftruncateSync(fd, 2 ** 31);
fs.closeSync(fd);
try {
  fs.readFileSync(file);
} catch (error) {
  console.log('sync', describe(error));
}
fs.readFile(file, (error) => {
  console.log('callback', describe(error));
  fs.promises.readFile(file).catch((error) => console.log('promise', describe(error)));
});
