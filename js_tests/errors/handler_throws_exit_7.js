// an 'uncaughtException' handler that itself throws makes the process exit with code 7
process.on('uncaughtException', (err) => {
  console.log('handler got:', err.message);
  throw new Error('handler failed too');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('first'); }, 1);
