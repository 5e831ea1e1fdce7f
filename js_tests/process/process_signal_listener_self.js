// Signals sent to the process itself reach process.on listeners (name and number as arguments,
// `this` the process), one after another; removing the last listener restores the default action,
// so SIGUSR2 then ends the process by the signal (exit listeners do not run).
const keepAlive = setTimeout(() => console.log('not reached'), 60000);
const got = [];
let usr1 = 0;
function onUsr1(name, number) {
  got.push(`${name} ${number} this=process:${this === process}`);
  if (++usr1 === 1) process.kill(process.pid, 'SIGHUP');
  else finish();
}
process.on('SIGUSR1', onUsr1);
process.once('SIGHUP', (name) => {
  got.push(`once ${name}`);
  process.kill(process.pid, 'SIGINT');
});
process.on('SIGINT', () => {
  got.push('SIGINT handled, the process lives');
  process.kill(process.pid, 'SIGUSR1');
});
process.kill(process.pid, 'SIGUSR1');

function finish() {
  console.log(got.join('\n'));
  console.log('listeners', process.listenerCount('SIGUSR1'), process.listenerCount('SIGHUP'));
  process.removeListener('SIGUSR1', onUsr1);
  process.on('SIGUSR2', () => {});
  process.removeAllListeners('SIGUSR2');
  process.on('exit', () => console.log('exit listeners do not run'));
  process.kill(process.pid, 'SIGUSR2');
  keepAlive.refresh();
}
