import { describe, it } from 'node:test';
console.log('output of strings.mjs');
describe('strings', () => {
  it('upper', () => {});
  it('skipped', { skip: true }, () => {});
});
