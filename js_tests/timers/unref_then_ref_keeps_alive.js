// calling ref() after unref() makes the timer keep the process alive again
const t = setTimeout(() => console.log('fired'), 10);
t.unref();
console.log(t.ref() === t);
console.log('main done');
