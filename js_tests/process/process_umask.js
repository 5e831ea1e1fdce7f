// process.umask: read, set with a number or an octal string (returns the old mask), errors.
const original = process.umask();
console.log(typeof original);
console.log(process.umask(0o027) === original);
console.log(process.umask('0022').toString(8));
console.log(process.umask().toString(8));
for (const bad of ['zz', '8', {}, -1, 2 ** 33, 1.5]) {
  try {
    process.umask(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.umask(original);
