// package.json "exports" takes precedence over "main" and require() picks the "require" condition
const m = require('condpkg');
console.log(m.kind, m.file);
console.log(require('condpkg/dual'));
