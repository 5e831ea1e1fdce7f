'use strict';
const { test } = require('node:test');
test('alpha', () => {});
test('beta', () => {});
test('beta skipped by pattern', () => {});
test('slow', async () => { await new Promise((resolve) => setTimeout(resolve, 300)); });
