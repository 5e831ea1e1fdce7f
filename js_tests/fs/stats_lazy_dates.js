// node 24's Stats: the Date fields are accessors on the prototype that settle into a
// non-enumerable own value on first read or write; new fs.Stats() is deprecated (DEP0180, once).
const fs = require('fs');
const s = fs.statSync(__filename);
const proto = Object.getPrototypeOf(s);
console.log(Object.keys(s).includes('mtime'), Object.getOwnPropertyNames(proto));
console.log(typeof Object.getOwnPropertyDescriptor(proto, 'mtime').get, s.mtime instanceof Date);
console.log(s.mtime.getTime() === Math.round(s.mtimeMs), Object.getOwnPropertyDescriptor(s, 'mtime').enumerable);
s.atime = 5;
console.log(s.atime, Object.getOwnPropertyDescriptor(s, 'atime'));
const b = fs.statSync(__filename, { bigint: true });
console.log(b.birthtime instanceof Date, typeof b.birthtimeMs, JSON.stringify(Object.keys(b)));
console.log(fs.Stats.name, fs.Stats.length, s instanceof fs.Stats, fs.Stats.prototype === proto);
const made = new fs.Stats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1000, 2000, 3000);
new fs.Stats();
console.log(made instanceof fs.Stats, made.mtime.toISOString(), made.dev, fs.Stats());
