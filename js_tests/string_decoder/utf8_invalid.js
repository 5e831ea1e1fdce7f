// Invalid or truncated UTF-8 across writes and at end(): U+FFFD where node puts it.
const { StringDecoder } = require('string_decoder');
const sequences = [
  [[0xe2], [0x41]], [[0xe2, 0x82], [0x41]], [[0xe2], [0x82], [0x41]], [[0xf0, 0x9f], [0x98]], [[0xc3]], [[0xe2, 0x82]],
  [[0x80], [0x80]], [[0xff], [0xfe]], [[0x61, 0x80, 0x80, 0x80, 0x80]], [[0xf8, 0x80]], [[0xe2], [0x82, 0xac, 0xe2]], [[0xc3], [0xc3], [0xa9]],
  [[0xf0, 0x80, 0x80]], [[0xed, 0xa0], [0x80]], [[0xe2], []], [[0xf0], [0x9f], [0x98], [0x80]],
];
for (const seq of sequences) {
  const d = new StringDecoder('utf8');
  const outs = seq.map((chunk) => d.write(Buffer.from(chunk)));
  const state = `${d.lastNeed}/${d.lastTotal}`;
  const end = d.end();
  const show = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
  console.log(JSON.stringify(seq), outs.map(show).join(' | '), state, 'end:', show(end));
}
