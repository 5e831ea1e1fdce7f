// process.emitWarning('msg'): printed on stderr after the tick, with the trace hint once;
// the 'warning' event gets an Error named Warning.
process.on('warning', (w) => {
  console.log('event', w instanceof Error, w.name, w.message, w.code);
});
process.emitWarning('first one');
process.emitWarning('second one');
console.log('sync done', process.listenerCount('warning'));
