// what changes the whole process is refused in a worker with ERR_WORKER_UNSUPPORTED_OPERATION
const { Worker } = require('worker_threads');
new Worker(`
for (const f of [() => process.chdir('/'), () => process.umask(0o22), () => process.setuid(0), () => process.setgid(0)]) {
  try { f(); console.log('allowed'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('reading umask is fine:', typeof process.umask());
`, { eval: true });
