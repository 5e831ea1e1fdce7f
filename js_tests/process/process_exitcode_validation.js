// process.exitCode accepts integers, numeric strings, undefined and null; anything else throws.
const show = (v) => {
  try {
    process.exitCode = v;
    return `ok ${JSON.stringify(process.exitCode)}`;
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
};
for (const v of [2, '3', ' 4 ', 'abc', '', '1.5', 1.5, true, {}, [], NaN, Infinity, 2 ** 40, -1, null, undefined]) {
  console.log(show(v));
}
process.exitCode = 0;
