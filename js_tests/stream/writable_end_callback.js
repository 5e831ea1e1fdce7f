// end(cb): called with null after 'finish' work, with the error of an errored stream, with
// ERR_STREAM_ALREADY_FINISHED after finish; never for a stream destroyed without error.
const { Writable } = require('stream');

const later = new Writable({ objectMode: true, write(chunk, enc, cb) { setImmediate(cb); } });
later.write(1);
later.end((...args) => console.log('end cb args', args));
later.on('finish', () => console.log('finish'));

const errored = new Writable({ autoDestroy: false, objectMode: true, write(chunk, enc, cb) { cb(new Error('wfail')); } });
errored.on('error', (err) => console.log('error', err.message));
errored.write(1);

setImmediate(() => {
  console.log('errored', errored.errored && errored.errored.message, errored.destroyed);
  errored.end((err) => console.log('end cb on errored', err && err.message));
  const done = new Writable({ objectMode: true, write(chunk, enc, cb) { cb(); } });
  done.end();
  done.on('finish', () => {
    done.end((err) => console.log('end after finish', err.code, err.message));
  });
  const twice = new Writable({ objectMode: true, write(chunk, enc, cb) { cb(); } });
  twice.end();
  twice.end((err) => console.log('end twice', err));
  twice.on('finish', () => console.log('twice finish'));
});
