// process.exit() with no argument uses process.exitCode
process.exitCode = 5;
process.on('exit', (code) => console.log('exit listener code', code));
process.exit();
