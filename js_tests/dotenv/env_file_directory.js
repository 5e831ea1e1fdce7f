// an --env-file that cannot be read (a directory) is "invalid format", exit code 9
console.log('not reached');
