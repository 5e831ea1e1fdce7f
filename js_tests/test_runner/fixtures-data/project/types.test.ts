import test from 'node:test';
// node 24 strips types, so its default patterns pick .ts / .mts / .cts test files too
const double = (n: number): number => n * 2;
test('typed double', () => { if (double(2) !== 4) throw new Error('wrong'); });
