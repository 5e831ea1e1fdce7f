// nextTick scheduled inside a nextTick still runs before any promise job
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => {
    console.log('tick 2');
    process.nextTick(() => console.log('tick 3'));
  });
});
