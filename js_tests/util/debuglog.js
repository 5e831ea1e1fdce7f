'use strict';
// NODE_DEBUG=foo,ba*: matching sections write "SECTION PID: message" to stderr
const util = require('util');

const foo = util.debuglog('foo');
const bar = util.debuglog('bar', (fn) => console.log('bar ready:', typeof fn, fn.name));
const other = util.debug('other');
console.log(foo.enabled, bar.enabled, other.enabled, util.debug === util.debuglog);
console.log(foo.name, foo.length, Object.keys(foo));
foo('hello %s %d', 'world', 42, { a: [1, 2] });
bar('first bar message');
bar('second bar message');
other('never shown');
util.debuglog('BAZ-QUX')('wildcard', 'match');
util.debuglog(5)('not enabled: %s', 'number section');
console.log('done');
