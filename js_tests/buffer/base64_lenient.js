// base64 decoding is lenient as in node: whitespace and junk skipped, '=' ends the data, both alphabets.
const cases = ['', 'Zg', 'Zg=', 'Zg==', 'Zg===', 'Zm8', 'Zm8=', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy', 'Z', 'Zm9vY',
  'Zm 9v', ' Zm9v ', 'Zm\n9v\r\n', 'Zm\t9v', 'Zm9v!YmFy', '*Zm9v*', 'Zm=9v', '=Zm9v', '====', 'Zm9v====', 'Zm9v=YmFy',
  '-_-_', '+/+/', '-/+_', 'Zm9v\u00e9YmFy', 'Zm9v\u20acYmFy', 'Zh==', 'Zmx=', 'AAAA', '////', '____', '5L2g5aW9', '8J+YgA=='];
for (const s of cases) {
  const a = Buffer.from(s, 'base64');
  const b = Buffer.from(s, 'base64url');
  console.log(JSON.stringify(s), a.toString('hex'), b.toString('hex'), Buffer.byteLength(s, 'base64'), JSON.stringify(a.toString('latin1')));
}
for (const s of ['Zm9vYmFy', 'Zm9v YmFy', 'Zm9vYg==']) {
  for (const size of [0, 1, 2, 3, 4, 5, 6, 8]) {
    const buf = Buffer.alloc(size, 0x2e);
    const n = buf.write(s, 'base64');
    process.stdout.write(`${s}/${size}:${n}:${buf.toString('latin1')} `);
  }
  console.log();
}
