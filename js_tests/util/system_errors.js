'use strict';
// getSystemErrorName / getSystemErrorMap: libuv's names and messages
const util = require('util');

for (const errno of [-2, -13, -17, -98, -111, -3008, -4095, -4094, -99999]) {
  console.log(errno, util.getSystemErrorName(errno));
}
for (const bad of [2, 0, -1.5, -Infinity, NaN, 'x', undefined, 2 ** 53]) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map !== util.getSystemErrorMap());
console.log(map.get(-2), map.get(-32), map.get(-3000), map.get(12345));
console.log([...map.keys()].slice(0, 8));
const names = [...map.values()].map(([name]) => name);
console.log(names.includes('ENOENT'), names.includes('EOF'), new Set(names).size === names.length);

const e = util._errnoException(-2, 'open', 'x.txt');
console.log(e.message, Object.keys(e), e.errno, e.code, e.syscall, e instanceof Error);
console.log(util._errnoException(-13, 'mkdir').message);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(h.message, Object.keys(h), h.port, h.address);
console.log(util._exceptionWithHostPort(-111, 'connect', '::1', 0, 'extra').message);
console.log(Object.keys(util._exceptionWithHostPort(-98, 'listen', undefined, 0)));
