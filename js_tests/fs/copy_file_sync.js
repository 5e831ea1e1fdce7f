// copyFileSync copies contents and mode; COPYFILE_EXCL refuses to replace; errors name both paths
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('src'), 'source text', { mode: 0o640 });
fs.writeFileSync(at('dst'), 'old');
fs.mkdirSync(at('dir'));

fs.copyFileSync(at('src'), at('copy'));
console.log(fs.readFileSync(at('copy'), 'utf8'), (fs.statSync(at('copy')).mode & 0o777).toString(8));
fs.copyFileSync(at('src'), at('dst'));
console.log(fs.readFileSync(at('dst'), 'utf8'));
attempt('excl existing', () => fs.copyFileSync(at('src'), at('dst'), fs.constants.COPYFILE_EXCL));
fs.copyFileSync(at('src'), at('fresh'), fs.constants.COPYFILE_EXCL);
console.log(fs.readFileSync(at('fresh'), 'utf8'));
attempt('missing source', () => fs.copyFileSync(at('nope'), at('x')));
attempt('directory source', () => fs.copyFileSync(at('dir'), at('x')));
attempt('mode out of range', () => fs.copyFileSync(at('src'), at('x'), 8));
attempt('bad src', () => fs.copyFileSync(1, at('x')));
attempt('bad dest', () => fs.copyFileSync(at('src'), true));
cleanup();
