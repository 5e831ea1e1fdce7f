// 'exit' listeners run in registration order; once() listeners included; prepend puts first
process.on('exit', (c) => console.log('first', c));
process.once('exit', (c) => console.log('second (once)', c));
process.on('exit', (c) => console.log('third', c));
process.prependListener('exit', (c) => console.log('prepended', c));
console.log('listeners:', process.listenerCount('exit'));
