// structuredClone over node 20's cloneable values
const values = [
  -0, NaN, Infinity, 12345678901234567890n, 'str', true, null, undefined,
  { a: 1, nested: { b: [1, 2, { c: 3 }] } },
  [1, , 3],
  Object.assign([1, 2], { extra: 'prop' }),
  new Date(86400000), /ab+c/gi, new Map([[{ k: 1 }, new Set(['v'])]]), new Set([1, 'two', [3]]),
  new Number(7), new String('boxed'), new Boolean(false), Object(5n),
  new Uint8Array([1, 2, 255]), new Int16Array([-1, 2]), new Float64Array([0.5, -0]), new BigInt64Array([-5n]),
  new Uint8ClampedArray([300]), new DataView(new ArrayBuffer(3), 1, 2), new ArrayBuffer(4),
  { get computed() { return 'getter ran'; } },
  Object.create(null, { x: { value: 1, enumerable: true }, hidden: { value: 2, enumerable: false } }),
];
for (const value of values) {
  const copy = structuredClone(value);
  console.log(copy, copy === value && typeof value === 'object' && value !== null ? 'SAME OBJECT' : '');
}
