// time / timeLog / timeEnd: durations vary, so the lines are captured and the number masked.
const lines = [];
const realWrite = process.stdout.write;
process.stdout.write = function (chunk) {
  lines.push(String(chunk));
  return true;
};
console.time();
console.time('label');
console.timeLog('label', 'extra', { data: 1 });
console.timeLog();
console.timeEnd('label');
console.timeEnd();
console.time(42);
console.timeEnd(42);
console.timeEnd('label');
console.timeLog('missing');
console.time('dup');
console.time('dup');
console.timeEnd('dup');
process.stdout.write = realWrite;
for (const line of lines) {
  console.log(JSON.stringify(line.replace(/\d+(\.\d+)?ms/, 'Nms')));
}
