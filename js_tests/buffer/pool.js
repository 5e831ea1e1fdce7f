// Small buffers come from a shared pool (8-byte aligned); large ones get their own ArrayBuffer.
const small = [Buffer.from('a'), Buffer.from('abcdefghi'), Buffer.allocUnsafe(3), Buffer.from([1, 2, 3]), Buffer.concat([Buffer.from('x')])];
console.log(small.map((b) => b.buffer.byteLength), small.map((b) => b.byteOffset % 8));
console.log(small[0].buffer === small[1].buffer, small[1].byteOffset - small[0].byteOffset);
const big = Buffer.from('x'.repeat(5000));
console.log(big.byteOffset, big.buffer.byteLength, Buffer.allocUnsafe(4096).buffer.byteLength, Buffer.allocUnsafe(4095).buffer.byteLength);
console.log(Buffer.alloc(3).buffer.byteLength, Buffer.allocUnsafeSlow(3).buffer.byteLength, Buffer.from(new Uint8Array(2)).buffer.byteLength);
const a = Buffer.from('AAAA');
const b = Buffer.from('BBBB');
a.fill(0x43);
console.log(a.toString(), b.toString());
