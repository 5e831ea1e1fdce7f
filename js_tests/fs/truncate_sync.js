// truncateSync / ftruncateSync shorten, extend with zeros, and default to length 0
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('t');
fs.writeFileSync(file, 'abcdefgh');
fs.truncateSync(file, 3);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
fs.truncateSync(file, 5);
console.log(fs.readFileSync(file, 'hex'));
fs.truncateSync(file, -4);
console.log(fs.statSync(file).size);
fs.writeFileSync(file, 'again');
fs.truncateSync(file);
console.log(fs.statSync(file).size);
fs.writeFileSync(file, '0123456789');
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 4);
console.log(fs.readFileSync(file, 'utf8'));
fs.ftruncateSync(fd);
fs.closeSync(fd);
console.log(fs.statSync(file).size);
attempt('missing', () => fs.truncateSync(at('missing'), 1));
attempt('directory', () => fs.truncateSync(at(), 1));
attempt('bad len', () => fs.truncateSync(file, '3'));
attempt('float len', () => fs.truncateSync(file, 1.5));
cleanup();
