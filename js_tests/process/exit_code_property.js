// process.exitCode sets the code used when the process ends naturally; work still runs
process.exitCode = 4;
setTimeout(() => console.log('timer still runs, exitCode =', process.exitCode), 1);
process.on('exit', (code) => console.log('exit', code));
