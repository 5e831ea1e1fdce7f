// an 'uncaughtException' handler receives the error (and origin) and the event loop keeps running
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('later timer still runs'), 10);
process.on('exit', (code) => console.log('exit', code));
