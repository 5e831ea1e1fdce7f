// readFile / writeFile / appendFile (callback forms) with options.signal: a bad signal throws at
// the call (as in the sync forms), an aborted one answers AbortError at once without touching the
// file, one aborted after the call answers AbortError when the operation is done;
// util.promisify(fs.exists) resolves to the answer
const fs = require('fs');
const util = require('util');
const { at, describe } = require('./helpers/tmp');

for (const call of [
  () => fs.readFile(__filename, { signal: 'x' }, () => {}),
  () => fs.readFileSync(__filename, { signal: 1 }),
  () => fs.writeFile(at('never'), '', { signal: {} }, () => {}),
]) {
  try {
    call();
  } catch (error) {
    console.log(describe(error));
  }
}

fs.readFile(__filename, { signal: AbortSignal.abort(new Error('why')) }, (error, data) => {
  console.log('readFile', describe(error), error.cause.message, data);
});
fs.writeFile(at('pre'), 'x', { signal: AbortSignal.abort() }, (error) => {
  console.log('writeFile', error.name, fs.existsSync(at('pre')));
});
console.log('after the calls');

const controller = new AbortController();
fs.appendFile(at('later'), 'x', { signal: controller.signal }, (error) => {
  console.log('appendFile', error.name, fs.readFileSync(at('later'), 'utf8'));
  util.promisify(fs.exists)(at('later')).then((found) => console.log('exists', found));
});
controller.abort();
