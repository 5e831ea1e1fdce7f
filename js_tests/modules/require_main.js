// require.main === module in the entry script, but not inside a dependency
const dep = require('./helpers/is_main');
console.log(require.main === module);
console.log(dep.isMain, dep.mainIsParent);
console.log(module.parent === null || module.parent === undefined);
