// os.tmpdir(): TMPDIR, then TMP, then TEMP, else /tmp; a trailing slash is dropped (but '/' stays)
const os = require('os');

console.log(os.tmpdir() === ((process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp').replace(/(.)\/$/, '$1')));
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/from/temp/';
console.log(os.tmpdir());
process.env.TMP = '/from/tmp';
console.log(os.tmpdir());
process.env.TMPDIR = '/from/tmpdir//';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.TMPDIR = '';
console.log(os.tmpdir());
console.log(`${os.tmpdir}`, String(os.tmpdir) === os.tmpdir());
