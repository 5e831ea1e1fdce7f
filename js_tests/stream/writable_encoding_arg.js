// The encoding _write receives: passed through as given in object mode; for strings defaulted
// (defaultEncoding, setDefaultEncoding) and checked.
const { Writable } = require('stream');

const log = (c, e, cb) => {
  console.log(JSON.stringify(c), e);
  cb();
};
const w = new Writable({ objectMode: true, write: log });
w.write(1);
w.write(2, () => {});
w.write(3, 'latin1');
w.write('s');
w.write('s', 'hex');
w.write(5, 'nope');
w.end(4);

const w2 = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write: log });
w2.write('ab');
w2.write('b', 'latin1');
w2.write('b', null);
w2.write('b', '');
w2.write('b', () => {});
w2.write('x', 'UTF-8');
try {
  w2.write('x', 'nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

const w3 = new Writable({ objectMode: true, defaultEncoding: 'latin1', write: log });
w3.write('x', () => {});
console.log(w3._writableState.defaultEncoding, w._writableState.defaultEncoding);

const w4 = new Writable({ decodeStrings: false, write: log });
console.log(w4.setDefaultEncoding('LATIN1') === w4);
w4.write('q');
try {
  w4.setDefaultEncoding('bad');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
