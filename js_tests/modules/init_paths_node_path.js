// Module.globalPaths and Module._initPaths(): after a change to process.env.NODE_PATH, _initPaths()
// makes require() search the new folders (the trick module-path tools use); a worker started
// afterwards searches them from the start.
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const tail = Module.globalPaths.slice(-3);
console.log(tail[0] === path.join(os.homedir(), '.node_modules'), tail[1] === path.join(os.homedir(), '.node_libraries'));
console.log(tail[2] === path.resolve(process.execPath, '..', '..', 'lib', 'node'));
try {
  require('gpkg');
} catch (err) {
  console.log(err.code);
}
process.env.NODE_PATH = path.join(__dirname, 'helpers', 'global_lib');
console.log(Module._initPaths());
console.log(path.relative(__dirname, Module.globalPaths[0]), Module.globalPaths.length);
console.log(require('gpkg'));
new Worker("console.log('worker:', require('gpkg'))", { eval: true });
