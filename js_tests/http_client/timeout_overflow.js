'use strict';
// A request timeout over 2^31 - 1 ms is capped, with node's TimeoutOverflowWarning raised at the
// call (its stack names this file).
const http = require('http');

process.on('warning', (warning) => {
  console.log(warning.name, JSON.stringify(warning.message), warning.stack.includes(__filename));
});
const req = http.request({ host: '127.0.0.1', port: 9, timeout: 2 ** 33 });
req.on('error', () => {});
req.setTimeout(2 ** 40);
console.log('timeout property', req.timeout);
req.destroy();
