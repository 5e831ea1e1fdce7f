// Errors passed to console.log: header, stack, own properties; stack text made fixed.
const setStack = (err, frames) => { err.stack = `${Error.prototype.toString.call(err)}\n${frames}`; return err; };
const err = setStack(new Error('failure'), '    at step (/srv/app.js:10:5)\n    at run (/srv/app.js:20:3)');
console.log(err);
console.log('prefix', err);
console.log('%s', err.message, 'after');
err.code = 'E_FAIL';
err.details = { retry: false };
console.log(err);
console.log({ result: 'error', error: err });
console.log([err, err]);
const te = setStack(new TypeError('bad type'), '    at check (/srv/v.js:1:1)');
console.log(te);
const ae = setStack(new AggregateError([te], 'all failed'), '    at all (/srv/a.js:1:1)');
console.log(ae);
console.log(setStack(new Error('with cause', { cause: te }), '    at wrap (/srv/w.js:2:2)'));
const thrownString = 'not an error';
console.log(thrownString, [thrownString]);
