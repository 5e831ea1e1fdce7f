// mkdtempSync appends six random characters to the prefix and creates a 0700 directory
const fs = require('fs');
const path = require('path');
const { at, dir, rel, cleanup, attempt } = require('./helpers/tmp');

const made = fs.mkdtempSync(at('work-'));
console.log(/^work-[A-Za-z0-9]{6}$/.test(path.basename(made)), path.dirname(made) === dir);
console.log(fs.statSync(made).isDirectory(), (fs.statSync(made).mode & 0o777).toString(8));
const other = fs.mkdtempSync(at('work-'));
console.log(other !== made);
const asBuffer = fs.mkdtempSync(at('b-'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(asBuffer), rel(asBuffer.toString()).length === '<tmp>/b-'.length + 6);
console.log(/^<tmp>\/x[A-Za-z0-9]{6}$/.test(rel(fs.mkdtempSync(Buffer.from(at('x'))))));
attempt('missing parent', () => fs.mkdtempSync(at('no', 'such-')));
attempt('bad prefix', () => fs.mkdtempSync(42));
cleanup();
