// A DeprecationWarning prints its code and hints at --trace-deprecation; noDeprecation silences it.
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning', 'DEP0998');
process.noDeprecation = false;
process.on('warning', (w) => console.log('event', w.name, w.code, w.message));
