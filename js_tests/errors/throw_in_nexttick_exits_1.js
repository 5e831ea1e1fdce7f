// an error thrown from a nextTick callback is uncaught: remaining ticks and promise jobs never run
process.nextTick(() => { throw new RangeError('tick failure'); });
process.nextTick(() => console.log('second tick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
console.log('sync');
