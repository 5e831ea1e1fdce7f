// node:buffer and node:string_decoder from an ES module: named and default imports.
import buffer, { Buffer as B, Blob as BufferBlob, atob as bufferAtob, constants, kMaxLength, isUtf8 } from 'node:buffer';
import { StringDecoder } from 'string_decoder';
console.log(B === Buffer, B === buffer.Buffer, BufferBlob === Blob, bufferAtob === atob, constants.MAX_LENGTH === kMaxLength);
console.log(B.from('esm'), isUtf8(B.from([0xc3, 0xa9])), new StringDecoder('hex').write(B.from('hi')));
console.log(Object.keys(buffer).length, typeof buffer.INSPECT_MAX_BYTES);
