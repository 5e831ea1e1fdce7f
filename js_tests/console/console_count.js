// count / countReset, including the warning for an unknown label (on stderr).
console.count();
console.count();
console.count('x');
console.count(undefined);
console.countReset();
console.count();
console.count(1);
console.count('1');
console.countReset('x');
console.count('x');
console.count({ toString() { return 'obj'; } });
console.count(null);
console.countReset('never-counted');
console.countReset(1);
console.count(1);
console.log('end');
