// Operations on descriptors that are not open give EBADF with the syscall and no path
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'x');
const fd = 999;   // not open (a number just closed may be reused by the runtime at once)
attempt('close not open', () => fs.closeSync(fd));
attempt('read not open', () => fs.readSync(fd, Buffer.alloc(1), 0, 1, 0));
attempt('readFile not open', () => fs.readFileSync(fd));
attempt('fsync not open', () => fs.fsyncSync(fd));
attempt('ftruncate not open', () => fs.ftruncateSync(fd));
const ro = fs.openSync(at('f'), 'r');
attempt('write read-only', () => fs.writeSync(ro, 'y'));
fs.closeSync(ro);
attempt('read into string', () => fs.readSync(0, 'buffer'));
attempt('read length too big', () => fs.readSync(0, Buffer.alloc(2), 0, 5, 0));
attempt('read negative offset', () => fs.readSync(0, Buffer.alloc(2), -1, 1, 0));
attempt('read into empty buffer', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
attempt('write a number', () => fs.writeSync(1, 42));
attempt('write offset too big', () => fs.writeSync(1, Buffer.alloc(2), 3));
attempt('writeFile to a negative fd', () => fs.writeFileSync(-3, 'x'));
attempt('close no fd', () => fs.closeSync());
attempt('close fd too big', () => fs.closeSync(2 ** 31));
cleanup();
