// A throwing listener does not stop the others: its error becomes an uncaught exception.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('listener failed'); });
t.addEventListener('x', () => console.log('second listener still runs'));
t.addEventListener('x', async () => { throw new Error('async listener failed'); });
console.log('dispatch returned', t.dispatchEvent(new Event('x')));
