// it() after an `await` in a describe() body still declares into that suite (node keeps the
// suite in the body's async context), and it() in a suite returns a promise already resolved.
import { describe, it } from 'node:test';

describe('suite', async () => {
  await it('first', () => console.log('first ran'));
  it('after an await', () => console.log('second ran'));
  await describe('inner', async () => {
    await it('deeper', () => console.log('third ran'));
    it('deepest', () => console.log('fourth ran'));
  });
  it('last', () => console.log('fifth ran'));
});
