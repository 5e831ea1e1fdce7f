// The shape of node:buffer: export names, constants, statics and prototype methods.
const buffer = require('buffer');
console.log(Object.keys(buffer));
console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, buffer.kMaxLength === buffer.constants.MAX_LENGTH);
console.log(buffer.Buffer === Buffer, require('node:buffer') === buffer, typeof buffer.SlowBuffer, typeof buffer.transcode);
console.log(Object.getOwnPropertyNames(Buffer).sort());
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join(' '));
console.log(Buffer.prototype.readUint8.name, Buffer.prototype.readUIntLE.name, Buffer.from.name, Buffer.alloc.name,
  Buffer.prototype.toString.name, Buffer.prototype.write.name, Buffer.concat.length, Buffer.from.length, Buffer.alloc.length);
const b = Buffer.from('abc');
console.log(b.parent === b.buffer, b.offset === b.byteOffset, Buffer.prototype.parent, Buffer.prototype.offset);
console.log(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable, typeof Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES').get);
console.log(Buffer.prototype.slice === Buffer.prototype.subarray || Buffer.prototype.slice.name, typeof Buffer.prototype.toLocaleString);
