// setTimeout(fn, 0) is coerced to 1ms, so it shares the 1ms list and keeps creation order
setTimeout(() => console.log('first: delay 1'), 1);
setTimeout(() => console.log('second: delay 0'), 0);
setTimeout(() => console.log('third: delay 1'), 1);
setTimeout(() => console.log('fourth: no delay'));
