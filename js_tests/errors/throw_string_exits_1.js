// throwing a non-Error value (a string) exits 1 and prints the value
console.log('before');
throw 'a thrown string';
