'use strict';
const { test } = require('node:test');
test('ignored', () => {
  require('./lib/ignored').check(false);
});
test('chains', () => {
  const { read, handlers } = require('./lib/chains');
  read(null);
  read({ list: [1], name: 'n', fn: () => 3, inner: null });
  handlers[0]();
});
