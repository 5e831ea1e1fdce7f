// Primitive values posted in one burst arrive exactly: -0, NaN, Infinity, bigints, undefined,
// null, booleans, empty, long and unusual strings (lone surrogates, NUL, astral characters).
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
const values = [
  -0, 0, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 31), 0.1 + 0.2, 5e-324,
  0n, -123456789012345678901234567890n, 2n ** 64n,
  undefined, null, true, false,
  '', 'x'.repeat(100000), '\ud800', 'a\udc00b', '\u0000nul', '😀 astral', 'é\u0301', '\uffff',
  { negZero: -0, nan: NaN, big: 7n, undef: undefined },
  [-0, NaN, 1n, undefined, null],
];
const received = [];
port2.on('message', (m) => {
  received.push(m);
  if (received.length < values.length) return;
  received.forEach((r, i) => {
    const expected = values[i];
    const shown = typeof r === 'string' && r.length > 50 ? `string of ${r.length}` : util.inspect(r);
    const same = typeof r === 'object' && r !== null ?
      util.isDeepStrictEqual(r, expected) && (!('negZero' in r) || Object.is(r.negZero, -0)) && (!Array.isArray(r) || Object.is(r[0], -0)) :
      Object.is(r, expected);
    console.log(i, typeof r, shown, same, typeof r === 'string' ? JSON.stringify([...r].map((c) => c.codePointAt(0)).slice(0, 4)) : '');
  });
  port2.close();
});
for (const v of values) port1.postMessage(v);
