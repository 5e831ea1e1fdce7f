// An 'error' with no listener is thrown as an uncaught exception after the stream's own ticks.
const { Readable } = require('stream');

process.on('exit', (code) => console.log('exit code', code));
const r = new Readable({ read() {} });
r.on('close', () => console.log('close never runs before the throw'));
process.nextTick(() => console.log('tick before error'));
r.destroy(new Error('unhandled stream failure'));
console.log('sync end');
