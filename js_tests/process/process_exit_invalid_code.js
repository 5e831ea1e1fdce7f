// process.exit with a code of the wrong type throws before anything ends.
process.on('exit', (code) => console.log('exit event', code));
try {
  process.exit('abc');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  process.exit(1.25);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('still running');
process.exit('0');
