// +timeout yields a numeric id (Symbol.toPrimitive) that clearTimeout accepts
const t = setTimeout(() => console.log('never'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(typeof t[Symbol.toPrimitive]);
clearTimeout(id);
const t2 = setTimeout(() => console.log('second kept'), 5);
console.log(+t2 !== id);
