// process.memoryUsage: node's keys, positive byte counts, and the rss() shortcut.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0));
console.log(m.rss > 1024 * 1024, m.heapUsed > 0, m.heapTotal >= m.heapUsed);
const rss = process.memoryUsage.rss();
console.log(typeof rss, rss > 1024 * 1024);
