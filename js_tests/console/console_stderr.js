// error and warn go to stderr, formatted like log.
console.error('error %s', 'formatted', { e: 1 });
console.warn('warn', [1, 2]);
console.log('stdout line');
console.group('g');
console.error('indented error\nsecond');
console.groupEnd();
