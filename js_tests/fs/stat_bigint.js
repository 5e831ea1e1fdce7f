// statSync(path, { bigint: true }): BigIntStats with nanosecond times
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'abc');
const big = fs.statSync(at('f'), { bigint: true });
const num = fs.statSync(at('f'));
console.log(big.constructor.name, big instanceof fs.Stats, Object.keys(big).join(','));
console.log(typeof big.size, big.size, typeof big.mtimeNs, big.isFile(), big.isDirectory());
console.log(big.ino === BigInt(num.ino), big.mode === BigInt(num.mode), big.mtimeMs === big.mtimeNs / 1000000n);
console.log(Number(big.mtimeMs) === Math.floor(num.mtimeMs), Math.abs(big.mtime.getTime() - num.mtime.getTime()) <= 1);
console.log(fs.lstatSync(at('f'), { bigint: true }).size, typeof fs.fstatSync(fs.openSync(at('f')), { bigint: true }).ino);
cleanup();
