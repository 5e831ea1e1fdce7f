// a missing --env-file ends node before the program runs, with exit code 9
console.log('not reached');
