// Arrays in a burst: holes stay holes, extra (non-index) properties survive, lengths are kept,
// symbol keys are dropped, non-enumerable elements are dropped, nested holey arrays too.
const { MessageChannel } = require('worker_threads');
const util = require('util');
const { port1, port2 } = new MessageChannel();
const withExtra = [1, 2];
withExtra.extra = 'x';
withExtra[-1] = 'negative';
const emptyWithExtra = [];
emptyWithExtra.prop = { p: 1 };
const withSymbol = [1];
withSymbol[Symbol('s')] = 2;
const longSparse = [];
longSparse[1000] = 'end';
const nonEnumerable = [1, 2, 3];
Object.defineProperty(nonEnumerable, 1, { value: 'hidden', enumerable: false });
const trailingHole = [1, 2];
trailingHole.length = 4;
const values = [
  [1, , 3],
  [, , ],
  trailingHole,
  withExtra,
  emptyWithExtra,
  withSymbol,
  longSparse,
  nonEnumerable,
  [[1, , 2], { a: [, 'b'] }],
  [undefined, , null],
  new Array(3),
  Array.from({ length: 3 }, (_, i) => i),
];
let count = 0;
port2.on('message', (m) => {
  const keys = Object.keys(m).join(',');
  console.log(count++, util.inspect(m, { depth: null, breakLength: Infinity, maxArrayLength: 5 }),
    'length', m.length, 'keys', keys.length > 40 ? keys.slice(0, 40) + '...' : keys,
    'has1', 1 in m, 'isArray', Array.isArray(m));
  if (count === values.length) port2.close();
});
for (const v of values) port1.postMessage(v);
