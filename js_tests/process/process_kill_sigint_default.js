// SIGINT with no listener ends the process as the signal does (the shell sees 130).
console.log('before');
process.kill(process.pid, 'SIGINT');
setTimeout(() => console.log('not reached'), 1000);
