// process.kill(process.pid, 'SIGTERM') with no listener ends the process by the signal.
console.log('before');
process.on('exit', () => console.log('exit handler must not run'));
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('not reached'), 1000);
