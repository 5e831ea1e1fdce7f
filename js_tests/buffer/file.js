// File (from node:buffer): name, lastModified, type, inheritance from Blob, and argument errors.
const { t } = require('./helpers/check');
const { File, Blob } = require('buffer');
const f = new File(['abc', Buffer.from('de')], 'notes.txt', { type: 'Text/Plain', lastModified: 1234 });
console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f), File.name, File.length);
t('missing args', () => new File(['a']));
t('no args', () => new File());
t('lastModified string', () => new File([], 'x', { lastModified: '77' }).lastModified);
t('lastModified NaN', () => new File([], 'x', { lastModified: 'nope' }).lastModified);
t('lastModified default is a number', () => typeof new File([], 'x').lastModified);
t('name coerced', () => new File([], 12).name);
f.text().then((text) => console.log('text', text, f.slice(1, 3) instanceof File, f.slice(1, 3).size));
