// Adding a null listener warns; more than 10 listeners of one type warn once (names the target).
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const t = new EventTarget();
t.addEventListener('x', null);
for (let i = 0; i < 11; i++) t.addEventListener('many', () => {});
for (let i = 0; i < 11; i++) t.addEventListener('more', () => {});
class MyTarget extends EventTarget {}
const m = new MyTarget();
for (let i = 0; i < 11; i++) m.addEventListener('mine', () => {});
console.log(require('util').inspect(m), require('util').inspect(m, { depth: -1 }));
