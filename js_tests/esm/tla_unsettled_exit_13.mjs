// a top-level await that never settles: pending timers still run, then exit code 13; code after the await never runs
setTimeout(() => console.log('pending timer still runs'), 5);
console.log('before await');
await new Promise(() => {});
console.log('after await (never)');
