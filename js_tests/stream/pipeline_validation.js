// pipeline() argument checks.
const { pipeline, Readable, PassThrough } = require('stream');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
show('no callback', () => pipeline(Readable.from([1]), new PassThrough()));
show('one stream', () => pipeline(Readable.from([1]), () => {}));
show('bad source fn', () => pipeline(() => 42, new PassThrough(), () => {}));
show('bad transform', () => pipeline([1], (s) => 5, new PassThrough({ objectMode: true }), () => {}));
show('array form', () => pipeline([Readable.from(['q']), new PassThrough({ objectMode: true })], (err) => console.log('array form cb', err)));
