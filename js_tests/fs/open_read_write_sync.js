// openSync / writeSync / readSync / fsyncSync / closeSync, with offsets, lengths and positions
const fs = require('fs');
const { at, cleanup } = require('./helpers/tmp');

const file = at('data');
let fd = fs.openSync(file, 'w');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello '));
console.log(fs.writeSync(fd, Buffer.from('big world'), 4, 5));   // 'world'
console.log(fs.writeSync(fd, 'J', 0));                           // at position 0
console.log(fs.writeSync(fd, '68c3a9', null, 'hex'));
console.log(fs.writeSync(fd, new Uint8Array([33, 33, 33]), { offset: 1, length: 2 }));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));

fd = fs.openSync(file, 'r');
const buf = Buffer.alloc(8, '.');
console.log(fs.readSync(fd, buf, 0, 5, null), buf.toString());
console.log(fs.readSync(fd, buf, 2, 3, null), buf.toString());   // continues where it stopped
console.log(fs.readSync(fd, buf, 0, 4, 6), buf.toString());      // explicit position
console.log(fs.readSync(fd, buf, { position: 0, length: 2 }), buf.toString());
console.log(fs.readSync(fd, buf), buf.toString());               // the rest, from the current position
const u16 = new Uint16Array(2);
console.log(fs.readSync(fd, u16, 0, 4, 0), Buffer.from(u16.buffer).toString());
console.log(fs.readSync(fd, buf, 0, 8, 1000));                   // past the end
console.log(fs.readSync(fd, buf, 0, 0, 0));
fs.closeSync(fd);
cleanup();
