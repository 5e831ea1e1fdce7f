// node reserves SIGUSR1 to start its inspector: until the program listens for it, the signal does
// not end the process (node starts a debugger and goes on; noderun has none to start). Once the
// program has listened for it and removed its last listener, the signal has its default action,
// as any other: the process ends by it, and exit listeners do not run.
process.kill(process.pid, 'SIGUSR1');
setTimeout(() => {
  console.log('alive after an unheard SIGUSR1');
  const keepAlive = setTimeout(() => console.log('not reached'), 60000);
  process.on('SIGUSR1', (name) => {
    console.log('heard', name);
    process.removeAllListeners('SIGUSR1');
    process.on('exit', () => console.log('exit listeners do not run'));
    process.kill(process.pid, 'SIGUSR1');
    keepAlive.refresh();
  });
  process.kill(process.pid, 'SIGUSR1');
}, 20);
