'use strict';
const { test } = require('node:test');
const math = require('./lib/math');
const { Shape, describe, later, helpers } = require('./lib/shapes');

test('math', () => {
  math.used(1);
  math.loop(0);
});

test('shapes', async () => {
  Shape.make('square').area();
  new Shape('circle').area();
  describe(1);
  describe(-5);
  describe('x');
  await later();
  helpers.double(2);
  helpers.nested();
});
