import { test } from 'node:test';
import { pick, Box, useValue } from './lib/deep/values.mjs';
import { createRequire } from 'node:module';

test('values', () => {
  const box = new Box();
  box.v = 3;
  pick(null, 2);
  useValue();
  createRequire(import.meta.url)('./lib/math.js').used(-1);
});
