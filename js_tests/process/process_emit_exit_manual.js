// process is an EventEmitter: emitting 'exit' manually just calls listeners, it does not exit
process.on('exit', (code) => console.log('exit listener', code));
process.emit('exit', 42);
console.log('still running');
console.log(typeof process.on, process.emit('no-listeners'));
