// The terminal helpers write node's ANSI sequences to the stream they are given.
const readline = require('readline');
const written = [];
const stream = { write(data, cb) { written.push(JSON.stringify(data)); if (cb) cb(); return true; } };
console.log(readline.cursorTo(stream, 3), readline.cursorTo(stream, 3, 4));
readline.moveCursor(stream, -2, 5);
readline.moveCursor(stream, 4, -1);
readline.clearLine(stream, -1);
readline.clearLine(stream, 1);
readline.clearLine(stream, 0);
readline.clearScreenDown(stream);
console.log(written.join(' '));
