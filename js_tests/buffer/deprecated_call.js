// Buffer() and new Buffer() still work (DEP0005 warning, once, on stderr).
console.log(Buffer(3), new Buffer('abc'), Buffer('6869', 'hex'), new Buffer([1, 2]), Buffer(new ArrayBuffer(2)));
console.log(new Buffer(2) instanceof Buffer, Buffer(0).length);
try {
  Buffer(-1);
} catch (err) {
  console.log(err.code, err.message);
}
