// when an uncaughtException handler swallows the error, process.exitCode decides the final code
process.on('uncaughtException', (err) => {
  console.log('swallowed:', err.message);
  process.exitCode = 6;
});
throw new Error('boom');
