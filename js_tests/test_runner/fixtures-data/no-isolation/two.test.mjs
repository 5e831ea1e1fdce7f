import { before, test, describe } from 'node:test';
before(function() { console.log(`before two: ${this.name}`); });
describe('suite two', function() {
  console.log(this.name);
  before(() => console.log('before suite two'));
  test('two - test', (t) => { console.log(t.name, t.filePath.split('/').pop()); });
});
