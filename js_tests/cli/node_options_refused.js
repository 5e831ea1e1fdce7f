// a flag node does not allow in NODE_OPTIONS: the process ends with 9 before any JS runs
console.log('never');
