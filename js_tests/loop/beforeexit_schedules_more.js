// 'beforeExit' fires when the loop empties; scheduling work from it makes it fire again
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, code);
  if (n < 3) setTimeout(() => console.log('timer from beforeExit', n), 0);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
