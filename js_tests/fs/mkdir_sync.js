// mkdirSync: plain, recursive (returns the first directory it made), mode, and errors
const fs = require('fs');
const { at, rel, cleanup, attempt } = require('./helpers/tmp');

console.log(fs.mkdirSync(at('one')));
console.log(rel(fs.mkdirSync(at('a', 'b', 'c'), { recursive: true })));
console.log(rel(fs.mkdirSync(at('a', 'b', 'c', 'd'), { recursive: true })));
console.log(fs.mkdirSync(at('a', 'b'), { recursive: true }));
console.log(fs.statSync(at('a', 'b', 'c', 'd')).isDirectory());
fs.mkdirSync(at('private'), 0o700);
console.log((fs.statSync(at('private')).mode & 0o777).toString(8));
fs.mkdirSync(at('private2'), { mode: '750' });
console.log((fs.statSync(at('private2')).mode & 0o777).toString(8));
fs.writeFileSync(at('file'), '');
attempt('exists', () => fs.mkdirSync(at('one')));
attempt('missing parent', () => fs.mkdirSync(at('x', 'y')));
attempt('under a file', () => fs.mkdirSync(at('file', 'y')));
attempt('recursive under a file', () => fs.mkdirSync(at('file', 'y', 'z'), { recursive: true }));
attempt('recursive over a file', () => fs.mkdirSync(at('file'), { recursive: true }));
attempt('recursive not boolean', () => fs.mkdirSync(at('q'), { recursive: 1 }));
attempt('bad mode', () => fs.mkdirSync(at('q'), { mode: -1 }));
cleanup();
