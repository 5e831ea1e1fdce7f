'use strict';
// styleText: ANSI codes from inspect.colors; plain text when the stream gets no colours
const util = require('util');

const show = (...args) => {
  try {
    console.log(JSON.stringify(util.styleText(...args)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const raw = { validateStream: false };
for (const format of ['red', 'bold', 'italic', 'underline', 'inverse', 'bgBlue', 'gray', 'grey',
  'redBright', 'bgWhiteBright', 'strikethrough', 'dim', 'faint', 'hidden', 'reset']) {
  show(format, format, raw);
}
show(['bold', 'red', 'bgYellow'], 'stacked', raw);
show([], 'no formats', raw);
// stdout is a pipe here: a single format and a list of formats both give plain text
show('green', 'piped');
show(['green'], 'piped list');
show('red', 'tty-like', { stream: { isTTY: true, write() {}, on() {} } });
show('red', 'two colours', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 2 } });
show('red', 'stderr', { stream: process.stderr });
console.log(util.styleText.length);
