// captureRejections routes a rejected async listener to Symbol.for('nodejs.rejection') or to
// 'error'.
const EventEmitter = require('events');
const withHandler = new EventEmitter({ captureRejections: true });
withHandler[Symbol.for('nodejs.rejection')] = (err, type, ...args) => console.log('rejection', err.message, type, args);
withHandler.on('go', async (a, b) => { throw new Error('boom'); });
withHandler.emit('go', 1, 2);
const toError = new EventEmitter({ captureRejections: true });
toError.on('error', (err) => console.log('error event', err.message));
toError.on('go', async () => { throw new Error('bang'); });
toError.emit('go');
console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  EventEmitter.captureRejections = 1;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
