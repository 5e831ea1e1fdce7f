// process.stdout.write writes raw text without adding a newline and returns true
const r = process.stdout.write('a');
process.stdout.write('b');
process.stdout.write('c\n');
process.stdout.write('');
console.log(typeof r);
process.stdout.write('no trailing newline');
