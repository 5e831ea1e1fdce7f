// setInterval repeats until clearInterval is called from inside its callback
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => console.log('done, n =', n), 20);
  }
}, 2);
