// a throw inside a timer without a handler exits 1; later timers never run, 'exit' still fires
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('about to throw');
  throw new Error('timer failure');
}, 1);
setTimeout(() => console.log('later timer (never)'), 20);
