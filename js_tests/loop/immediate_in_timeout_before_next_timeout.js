// inside a timer callback, setImmediate runs before a newly scheduled setTimeout(0)
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
