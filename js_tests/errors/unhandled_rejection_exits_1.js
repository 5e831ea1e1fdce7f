// an unhandled rejection with no handler crashes with exit code 1; pending timers do not run
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer (never)'), 10);
Promise.reject(new Error('rejected for real'));
console.log('sync end');
