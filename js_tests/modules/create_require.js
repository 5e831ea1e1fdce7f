// module.createRequire builds a require relative to another file or directory URL
const { createRequire } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const r1 = createRequire(path.join(__dirname, 'helpers', 'nested', 'deep', 'x.js'));
console.log(r1('shadowpkg'));
console.log(r1('../../dirmod'));
const r2 = createRequire(pathToFileURL(path.join(__dirname, 'helpers') + path.sep));
console.log(r2('./pkgmain'));
console.log(path.relative(__dirname, r2.resolve('./data.json')));
