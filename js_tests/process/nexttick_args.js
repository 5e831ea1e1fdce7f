// process.nextTick passes extra arguments to its callback
process.nextTick((a, b) => console.log('tick', a, b), 'one', 2);
process.nextTick(function () { console.log('no args', arguments.length); });
