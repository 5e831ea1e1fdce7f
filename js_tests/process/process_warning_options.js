// emitWarning with a type, a code, an options object with detail, and an Error object.
const seen = [];
process.on('warning', (w) => seen.push(`${w.name}|${w.message}|${w.code}|${w.detail}`));
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT2', detail: 'more words' });
const err = new Error('an error object');
err.name = 'ErrWarning';
process.emitWarning(err);
for (const bad of [[5], ['x', 5], ['x', 'T', 5]]) {
  try {
    process.emitWarning(...bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setImmediate(() => console.log(seen.join('\n')));
