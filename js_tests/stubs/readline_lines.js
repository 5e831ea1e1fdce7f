// readline over piped stdin: 'line' for each line (\n, \r\n, a last line without newline), 'close'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => console.log('close', JSON.stringify(lines)));
