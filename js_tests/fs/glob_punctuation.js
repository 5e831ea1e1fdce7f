'use strict';
// Names with punctuation that has no meaning in a glob (-, ',', #, space, ...) match as written.
const path = require('path');
const names = ['localizationData-v1.json', 'a,b.txt', 'x#1.md', 'my file.js', 'a+b=c.js', "it's.txt", 'a^b$c.js',
  'brace{x}.js', 'paren(1).js', 'd.e.f', 'tilde~.js', 'at@home.js', 'per%cent.js', 'semi;colon.js', 'back\\slash.js'];
const patterns = ['localizationData-*.json', '*,*.txt', 'x#?.md', 'my file.*', '*+b=c.js', "it's.*", 'a^b$c.*',
  'brace{x}.js', 'paren(1).js', 'd.e.*', '*~.js', 'at@*', 'per%cent.js', '*;*.js', '*-v?.json', '*.{js,md}'];
for (const pattern of patterns) {
  console.log(pattern, names.filter((name) => path.matchesGlob(name, pattern)).join(' | '));
}
