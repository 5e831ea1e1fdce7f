// process.getBuiltinModule(id): the builtin's exports (the same object require gives), with or
// without the node: scheme; undefined for a name that is not a builtin; a scheme-only builtin
// needs its scheme; a non-string id is ERR_INVALID_ARG_TYPE.
const ids = ['fs', 'node:fs', 'fs/promises', 'node:path/posix', 'test', 'sqlite', 'nope', 'node:nope', '', 'module'];
for (const id of ids) {
  const m = process.getBuiltinModule(id);
  console.log(JSON.stringify(id), typeof m, m === undefined ? '' : m === require(id.startsWith('node:') ? id : `node:${id}`));
}
console.log(process.getBuiltinModule('node:module').builtinModules === require('module').builtinModules);
for (const bad of [5, undefined, null, {}, Symbol('x')]) {
  try {
    process.getBuiltinModule(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(process.getBuiltinModule.length, process.getBuiltinModule.name);
