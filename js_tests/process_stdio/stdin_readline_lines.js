// readline over process.stdin from a pipe: one 'line' per line (the last one without a newline
// too), then 'close' when the input ends.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => {
  console.log(lines.length, JSON.stringify(lines));
  console.log('stdin ended', process.stdin.readableEnded);
});
