// process.nextTick passes its callback exactly the arguments it was given (none, undefined ones,
// more than three), with no `this` of the queue's.
process.nextTick(function () { console.log(arguments.length, [...arguments]); });
process.nextTick(function () { console.log(arguments.length, [...arguments]); }, 1);
process.nextTick(function () { console.log(arguments.length, [...arguments]); }, 1, undefined);
process.nextTick(function () { console.log(arguments.length, [...arguments]); }, 1, 2, 3);
process.nextTick(function () { console.log(arguments.length, [...arguments]); }, 1, 2, 3, 4, 5);
process.nextTick(function () { console.log(this === undefined || this === globalThis, arguments.length); }, undefined);
