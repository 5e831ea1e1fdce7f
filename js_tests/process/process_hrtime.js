// process.hrtime: [seconds, nanoseconds], a difference with a previous time, argument errors.
const t0 = process.hrtime();
console.log(Array.isArray(t0), t0.length, Number.isInteger(t0[0]), Number.isInteger(t0[1]));
console.log(t0[1] >= 0 && t0[1] < 1e9);
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
const d = process.hrtime(t0);
console.log(d[0] >= 0, d[1] >= 0 && d[1] < 1e9, d[0] * 1e9 + d[1] > 0);
const back = process.hrtime([t0[0] + 1000, 0]);
console.log(back[0] < 0);
for (const bad of [5, 'a', {}, [1], [1, 2, 3], null]) {
  try {
    process.hrtime(bad);
    console.log('accepted', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
