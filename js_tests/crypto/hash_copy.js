// hash.copy() forks the state: both continue independently.
const crypto = require('crypto');
const base = crypto.createHash('sha512').update('common prefix ');
const fork = base.copy();
console.log(base.update('one').digest('hex').slice(0, 32));
console.log(fork.update('two').digest('hex').slice(0, 32));
console.log(crypto.createHash('sha512').update('common prefix two').digest('hex').slice(0, 32));
console.log(fork instanceof crypto.Hash, typeof fork.update);
