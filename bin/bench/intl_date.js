// us per Date.prototype.toLocaleString() call (100,000 calls of distinct dates, default locale and zone).
let sink = 0;
const t = performance.now();
for (let i = 0; i < 100000; i++) sink += new Date(1.7e12 + i * 61001).toLocaleString().length;
if (sink === 0) throw new Error('nothing formatted');
console.log(((performance.now() - t) * 1000) / 100000);
