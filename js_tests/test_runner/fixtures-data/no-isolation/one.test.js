'use strict';
const { before, beforeEach, after, test, describe } = require('node:test');
before(function() { console.log(`before one: ${this.name}`); });
beforeEach(function() { console.log(`beforeEach one: ${this.name}`); });
after(function() { console.log(`after one: ${this.name}`); });
describe('suite one', function() {
  console.log(this.name);
  test('one - test', (t) => { console.log(t.name, require('path').basename(t.filePath)); });
});
test('one - failing', () => { throw new Error('one fails'); });
