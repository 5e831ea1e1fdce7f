// getEntries / ByName / ByType, sorted by startTime; clearMarks / clearMeasures.
const { performance } = require('perf_hooks');
performance.mark('b', { startTime: 20 });
performance.mark('a', { startTime: 10 });
performance.mark('a', { startTime: 30 });
performance.measure('m', { start: 15, end: 25 });
const show = (list) => list.map((e) => `${e.name}:${e.entryType}:${e.startTime}`).join(' ');
console.log(show(performance.getEntries()));
console.log(show(performance.getEntriesByType('mark')));
console.log(show(performance.getEntriesByType('measure')), performance.getEntriesByType('nope').length);
console.log(show(performance.getEntriesByName('a')), show(performance.getEntriesByName('m', 'mark')));
performance.clearMarks('a');
console.log(show(performance.getEntries()));
performance.clearMeasures();
console.log(show(performance.getEntries()));
performance.clearMarks();
console.log(performance.getEntries().length);
