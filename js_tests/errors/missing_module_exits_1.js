// requiring a missing module at top level exits 1 with "Cannot find module"
console.log('before require');
require('./helpers/does_not_exist');
console.log('after (never)');
