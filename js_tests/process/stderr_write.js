// process.stderr.write and console.error go to stderr, console.log to stdout
process.stderr.write('to stderr via write\n');
console.error('to stderr via console.error');
console.log('to stdout');
console.warn('warn also to stderr');
