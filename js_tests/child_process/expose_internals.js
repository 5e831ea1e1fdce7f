// --expose-internals: require('internal/child_process') is the module child_process uses, so
// replacing its spawnSync or ChildProcess methods (as node's tests do) takes effect.
const cp = require('child_process');
const internalCp = require('internal/child_process');

console.log(typeof internalCp.ChildProcess, cp.ChildProcess === internalCp.ChildProcess);
console.log(internalCp.getValidStdio([process.stdin, process.stdout, process.stderr], false));
const stdio = [];
const valid = internalCp.getValidStdio(stdio, false);
console.log(stdio.length, valid.stdio.map((entry) => entry.type), valid.ipc, valid.ipcFd);

const original = internalCp.spawnSync;
internalCp.spawnSync = (options) => {
  console.log('spawnSync sees', options.file, options.args, options.killSignal, options.shell);
  return original(options);
};
console.log(String(cp.spawnSync('echo a | cat', { shell: true, killSignal: 'SIGKILL' }).stdout));
internalCp.spawnSync = original;
