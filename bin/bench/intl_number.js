// us per Number.prototype.toLocaleString() call (100,000 calls of distinct numbers, default locale).
let sink = 0;
const t = performance.now();
for (let i = 0; i < 100000; i++) sink += (i * 1.25).toLocaleString().length;
if (sink === 0) throw new Error('nothing formatted');
console.log(((performance.now() - t) * 1000) / 100000);
