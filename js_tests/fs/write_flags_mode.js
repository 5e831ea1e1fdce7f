// writeFileSync's flag and mode options
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('f.txt');
fs.writeFileSync(file, 'one', { mode: 0o600 });
console.log((fs.statSync(file).mode & 0o777).toString(8));
fs.writeFileSync(file, '+two', { flag: 'a' });
console.log(fs.readFileSync(file, 'utf8'));
attempt('wx on existing', () => fs.writeFileSync(file, 'x', { flag: 'wx' }));
fs.writeFileSync(at('new.txt'), 'fresh', { flag: 'wx', mode: '640' });
console.log(fs.readFileSync(at('new.txt'), 'utf8'), (fs.statSync(at('new.txt')).mode & 0o777).toString(8));
attempt('bad flag', () => fs.writeFileSync(file, 'x', { flag: 'bogus' }));
attempt('bad mode', () => fs.writeFileSync(file, 'x', { mode: 'rw' }));
attempt('into dir', () => fs.writeFileSync(at(), 'x'));
attempt('missing dir', () => fs.writeFileSync(at('no', 'such.txt'), 'x'));
cleanup();
