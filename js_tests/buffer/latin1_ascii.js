// latin1/binary and ascii: one byte per char (low byte kept); ascii decoding clears the high bit.
for (const s of ['', 'abc', 'é', 'ÿ', '\u0100', '€', '😀', '\u00ff\u0101\u0141']) {
  const l = Buffer.from(s, 'latin1');
  const a = Buffer.from(s, 'ascii');
  console.log(JSON.stringify(s), l, a, JSON.stringify(l.toString('latin1')), JSON.stringify(a.toString('ascii')));
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const latin = all.toString('latin1');
const ascii = all.toString('ascii');
console.log(latin.length, latin.charCodeAt(200), ascii.length, ascii.charCodeAt(200), ascii.charCodeAt(127), ascii.charCodeAt(255));
console.log(Buffer.from(latin, 'latin1').equals(all), Buffer.from(latin, 'binary').equals(all));
const b = Buffer.alloc(4, 0x2e);
console.log(b.write('\u00e9\u0100xyz', 'latin1'), b, b.write('ab', 3, 'ascii'), b);
console.log(all.latin1Slice(65, 70), all.asciiSlice(193, 198), JSON.stringify(all.toString('binary', 250)));
const big = Buffer.alloc(20000, 0xe9);
const bigText = big.toString('latin1');
console.log(bigText.length, bigText[19999], big.toString('ascii')[0]);
