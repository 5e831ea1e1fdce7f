// a promise chain that waits on timers resumes in order, with microtasks between timers
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
sleep(5, 'one')
  .then((v) => { console.log(v); return sleep(5, 'two'); })
  .then((v) => { console.log(v); return 'three'; })
  .then((v) => { console.log(v); return sleep(1, 'four'); })
  .then((v) => console.log(v));
console.log('scheduled');
