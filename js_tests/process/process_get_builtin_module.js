// process.getBuiltinModule: the same objects require gives; undefined for unknown names.
console.log(process.getBuiltinModule('path') === require('path'));
console.log(process.getBuiltinModule('node:events') === require('events'));
console.log(process.getBuiltinModule('no_such_module'));
try {
  process.getBuiltinModule(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
