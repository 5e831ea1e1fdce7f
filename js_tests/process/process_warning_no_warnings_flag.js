// --no-warnings removes the printing listener; 'warning' events still fire.
console.log(process.listenerCount('warning'));
process.on('warning', (w) => console.log('event', w.name, w.message));
process.emitWarning('quiet');
