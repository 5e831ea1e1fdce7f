// assert writes "Assertion failed" to stderr only when the expression is falsy.
const lines = [];
const realWrite = process.stderr.write;
process.stderr.write = function (chunk) {
  lines.push(String(chunk));
  return true;
};
console.assert(true, 'never shown');
console.assert(1);
console.assert(false);
console.assert(0, 'message');
console.assert('', 'with %s and %d', 'format', 42);
console.assert(null, { obj: 1 }, 'second');
console.assert(undefined, 'a', 'b', 'c');
console.assert();
process.stderr.write = realWrite;
console.log(lines);
