// reassigning module.exports replaces the export; exports/module.exports/this start as the same object
const r = require('./helpers/exports_reassigned');
console.log(JSON.stringify(r));
const a = require('./helpers/exports_augmented');
console.log(JSON.stringify(a));
console.log(exports === module.exports);
