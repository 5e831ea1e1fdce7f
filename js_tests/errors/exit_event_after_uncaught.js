// 'exit' listeners run with code 1 after an uncaught exception in the main script
process.on('exit', (code) => console.log('exit listener, code', code, 'exitCode', process.exitCode));
console.log('start');
null.boom;
