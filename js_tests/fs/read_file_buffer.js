// readFileSync without an encoding returns a Buffer of the file's bytes
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

const file = at('bytes.bin');
fs.writeFileSync(file, new Uint8Array([0, 1, 2, 250, 255]));
const data = fs.readFileSync(file);
console.log(Buffer.isBuffer(data), data.length, data);
console.log(fs.readFileSync(file, { encoding: null }).equals(data));
console.log(fs.readFileSync(file, {}).toString('hex'));
const empty = at('empty');
fs.writeFileSync(empty, '');
console.log(fs.readFileSync(empty));
// an fd is read from its current position to the end, and stays open
fs.writeFileSync(file, 'header:body');
const fd = fs.openSync(file, 'r');
fs.readSync(fd, Buffer.alloc(7), 0, 7, null);
console.log(fs.readFileSync(fd, 'utf8'), JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
cleanup();
