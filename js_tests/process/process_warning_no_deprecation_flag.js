// --no-deprecation sets process.noDeprecation: deprecation warnings are neither emitted nor printed.
console.log(process.noDeprecation);
process.on('warning', (w) => console.log('event', w.name, w.message));
process.emitWarning('gone', 'DeprecationWarning', 'DEP0997');
process.emitWarning('kept');
