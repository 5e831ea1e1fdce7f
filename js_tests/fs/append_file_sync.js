// appendFileSync creates the file, appends strings and buffers, and forces the 'a' flag for an fd
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('log.txt');
fs.appendFileSync(file, 'first\n');
fs.appendFileSync(file, Buffer.from('second\n'));
fs.appendFileSync(file, '7468697264', 'hex');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
fs.appendFileSync(file, '!', { flag: 'w' });   // an explicit flag is honoured
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
const fd = fs.openSync(file, 'a');
fs.appendFileSync(fd, '?');
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
attempt('bad data', () => fs.appendFileSync(file, 12));
attempt('missing dir', () => fs.appendFileSync(at('none', 'x'), 'a'));
cleanup();
