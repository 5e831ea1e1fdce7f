// setting process.exitCode inside an 'exit' listener changes the final exit code
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second listener sees', code, process.exitCode));
