// process.exit(n) exits immediately with code n; later code does not run
console.log('before');
process.exit(3);
console.log('after (never)');
