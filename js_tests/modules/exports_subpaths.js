// "exports" subpaths and subpath patterns ("./feature/*") map to files
console.log(require('condpkg/sub'));
console.log(require('condpkg/feature/alpha'));
console.log(require('condpkg/package.json').name);
console.log(require('sugarpkg'));
