// writeFileSync / readFileSync with string data and each encoding option form
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

const file = at('text.txt');
fs.writeFileSync(file, 'héllo wörld\n');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
console.log(JSON.stringify(fs.readFileSync(file, { encoding: 'utf-8' })));
console.log(fs.readFileSync(file, 'hex'));
console.log(fs.readFileSync(file, 'base64'));
console.log(fs.readFileSync(file, { encoding: 'base64url', flag: 'r' }));
console.log(JSON.stringify(fs.readFileSync(file, 'latin1')));
console.log(JSON.stringify(fs.readFileSync(file, 'ascii')));
console.log(JSON.stringify(fs.readFileSync(file, 'UCS2')));

fs.writeFileSync(file, '68656c6c6f', 'hex');
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'aGk/Pz8=', { encoding: 'base64' });
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'ÿé', 'latin1');
console.log(fs.readFileSync(file, 'hex'));
fs.writeFileSync(file, 'ab', 'utf16le');
console.log(fs.readFileSync(file, 'hex'));
fs.writeFileSync(file, '\ud800x');
console.log(fs.readFileSync(file, 'hex'));
fs.writeFileSync(file, '');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
cleanup();
