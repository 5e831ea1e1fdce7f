// An unhandled fs/promises rejection ends the process with code 1 and the error's fields on stderr
const fsp = require('fs/promises');
const path = require('path');

console.log('start');
fsp.rename(path.join(__dirname, 'missing-a'), path.join(__dirname, 'missing-b'));
