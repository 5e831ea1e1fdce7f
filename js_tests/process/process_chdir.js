// chdir changes cwd; a missing directory gives node's uv error (errno, code, syscall, path, dest).
const path = require('path');
const start = process.cwd();
process.chdir('sub_for_chdir');
console.log(path.relative(start, process.cwd()));
process.chdir('..');
console.log(process.cwd() === start);
try {
  process.chdir('/no/such/dir');
} catch (e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.path === start, e.dest);
  console.log(e.message.replace(start, '<cwd>'));
  console.log(Object.keys(e));
  console.log(e instanceof Error, Object.getPrototypeOf(e) === Error.prototype);
}
for (const bad of [5, undefined, null, {}]) {
  try {
    process.chdir(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
