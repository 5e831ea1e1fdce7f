// Long strings inside containers: split at newlines, the ' +' joins, maxStringLength trailers.
const { inspect } = require('util');
const para = 'The first line of a paragraph\nThe second line is here\nAnd the third line ends it';
console.log({ para });
console.log([para]);
console.log({ outer: { inner: { para } } });
console.log(new Map([['k', para]]));
console.log({ a: 'no newline but quite long '.repeat(5) });
console.log({ trailing: 'ends with newline but long enough to be split\n' });
console.log({ onlyNewlines: '\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n' });
console.log({ quotes: "it's a long line\nwith a 'quote' in it and more text to pass" });
console.log({ short: 'a\nb' }, ['a\nb\nc'], { sixteen: '123456789012345\n' });
console.log(inspect({ para }, { breakLength: 200 }));
console.log(inspect({ para }, { maxStringLength: 40 }));
console.log(inspect(['x'.repeat(20000)]).length, inspect('y'.repeat(10001)).slice(-30));
console.log(inspect(para), inspect(para, { compact: false }));
console.log({ key: 'x'.repeat(74) }, { key: 'x'.repeat(75) });
console.log([['nested array with a long string '.repeat(3)]]);
