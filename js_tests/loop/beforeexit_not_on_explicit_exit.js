// 'beforeExit' is not emitted when process.exit() is called explicitly; 'exit' is
process.on('beforeExit', () => console.log('beforeExit (should not print)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling exit');
  process.exit();
}, 0);
