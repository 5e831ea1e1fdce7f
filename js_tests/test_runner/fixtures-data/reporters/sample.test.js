'use strict';
const { test, describe } = require('node:test');
describe('suite', () => {
  test('passes', () => {});
  test('fails', () => { throw new Error('no'); });
});
test('top', () => {});
