// module.id is '.' for main; module.loaded flips after evaluation; module.children lists first requirers
const path = require('path');
console.log(module.id, module.loaded);
const dep = require('./helpers/loaded_state');
console.log(dep.loadedDuringEval);
const child = require.cache[require.resolve('./helpers/loaded_state')];
console.log(child.loaded, path.basename(child.id), child.id === child.filename);
require('./helpers/data.json');
require('./helpers/loaded_state');
console.log(module.children.length);
console.log(JSON.stringify(module.children.map((m) => path.basename(m.filename))));
setImmediate(() => console.log('later, main loaded:', module.loaded));
