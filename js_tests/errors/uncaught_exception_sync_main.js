// a synchronous throw in the main script goes to 'uncaughtException'; the rest of the script is skipped but timers run
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setTimeout(() => console.log('timer runs'), 1);
console.log('before throw');
throw new Error('sync boom');
console.log('after throw (never)');
