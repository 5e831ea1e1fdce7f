// util.format groups the digits of %d / %i / %f / %s numbers when numericSeparator is set (in the
// options of formatWithOptions, or in inspect.defaultOptions)
const util = require('util');
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %s %i %f', 118059162071741130342, 118059162071741130342, 123_123_123, 1234567.891));
console.log(util.format('%d %i %s', 1234.5678, -123456.7, -0.000123456), util.format('%s %d', 12345n, 1234567n), util.format(1234567, 1234.5));
console.log(util.format('%d', 1180591620717411303424));
util.inspect.defaultOptions.numericSeparator = false;
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 12345, 12345.6, 1234.5, 123456), util.format('%d', 12345));
console.log(util.format('%d %s', -0, -0), util.format('%i', 'abc'), util.format('%d', NaN));
