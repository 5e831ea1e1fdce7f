// randomInt: [min, max) ranges, callback form, validation.
const crypto = require('crypto');
const draws = Array.from({ length: 2000 }, () => crypto.randomInt(10));
console.log(Math.min(...draws), Math.max(...draws), new Set(draws).size);
const neg = Array.from({ length: 500 }, () => crypto.randomInt(-3, 2));
console.log(Math.min(...neg), Math.max(...neg));
console.log(crypto.randomInt(5, 6));
crypto.randomInt(100, (err, n) => console.log('callback', err, Number.isInteger(n) && n >= 0 && n < 100));
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => crypto.randomInt(10, 5));
show(() => crypto.randomInt(5, 5));
show(() => crypto.randomInt(1.5));
show(() => crypto.randomInt('1'));
show(() => crypto.randomInt(2 ** 48));
show(() => crypto.randomInt(-1, 2 ** 48));
show(() => crypto.randomInt(1, 5, 5));
