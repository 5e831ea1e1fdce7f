// A real example: greets, shows the event loop order, and computes primes on the main thread.
const path = require('node:path');
const name = process.argv[2] ?? 'noderun';

function primesBelow(limit) {
  const sieve = new Uint8Array(limit);
  let count = 0;
  for (let i = 2; i < limit; i++) {
    if (sieve[i]) continue;
    count++;
    for (let j = i * i; j < limit; j += i) sieve[j] = 1;
  }
  return count;
}

console.log(`hello, ${name}, from ${path.basename(__filename)}`);
setTimeout(() => console.log('3. a timer'), 1);
Promise.resolve().then(() => console.log('2. a microtask'));
process.nextTick(() => console.log('1. a nextTick'));
console.log('primes below 1e6:', primesBelow(1_000_000));
process.on('exit', (code) => console.log(`exiting with code ${code}`));
