// fstatSync on an open descriptor, and its errors
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'twelve bytes');
const fd = fs.openSync(at('f'), 'r');
const s = fs.fstatSync(fd);
console.log(s.isFile(), s.size, s.ino === fs.statSync(at('f')).ino);
fs.closeSync(fd);
attempt('closed fd', () => fs.fstatSync(fd));
attempt('negative fd', () => fs.fstatSync(-1));
attempt('string fd', () => fs.fstatSync('3'));
attempt('float fd', () => fs.fstatSync(1.5));
cleanup();
