// statSync(path, { bigint: true }): BigIntStats with nanosecond times
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'abc');
const big = fs.statSync(at('f'), { bigint: true });
const num = fs.statSync(at('f'));
console.log(big.constructor.name, big instanceof fs.Stats, Object.keys(big).join(','));
console.log(typeof big.size, big.size, typeof big.mtimeNs, big.isFile(), big.isDirectory());
console.log(big.ino === BigInt(num.ino), big.mode === BigInt(num.mode), big.mtimeMs === big.mtimeNs / 1000000n);
// The number form is seconds * 1e3 + nanoseconds / 1e6 as a double; its floor is not always the
// bigint's mtimeMs (a time 0.99988 ms or more past a whole ms rounds up to the next one), so it is
// compared with what that formula gives for the bigint's own nanoseconds.
const msOf = (ns) => Number(ns / 1000000000n) * 1e3 + Number(ns % 1000000000n) / 1e6;
console.log(num.mtimeMs === msOf(big.mtimeNs), Math.abs(big.mtime.getTime() - num.mtime.getTime()) <= 1);
console.log(fs.lstatSync(at('f'), { bigint: true }).size, typeof fs.fstatSync(fs.openSync(at('f')), { bigint: true }).ino);
cleanup();
