// The global console writes through process.stdout.write at the time of each call.
const captured = [];
const original = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  captured.push({ chunk: String(chunk), extraArgs: rest.length });
  return true;
};
console.log('captured %s', 'one');
console.info({ two: 2 });
console.group();
console.log('three');
console.groupEnd();
process.stdout.write = original;
console.log(captured);
