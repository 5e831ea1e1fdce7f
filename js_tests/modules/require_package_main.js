// a directory with package.json "main" loads the main file (with or without extension)
console.log(require('./helpers/pkgmain'));
console.log(require('./helpers/pkgmain_noext'));
