// process.kill: pid and signal validation, signal 0 as a liveness probe, ESRCH for no such process.
const show = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message} ${JSON.stringify(Object.keys(e))}`; } };
console.log(show(() => process.kill(process.pid, 0)));
console.log(show(() => process.kill('abc')));
console.log(show(() => process.kill(1.5)));
console.log(show(() => process.kill(2 ** 31, 0)));
console.log(show(() => process.kill(process.pid, 'SIGNOPE')));
console.log(show(() => process.kill(process.pid, 'sigterm')));
console.log(show(() => process.kill(process.pid, 1000)));
console.log(show(() => process.kill(99999999, 0)));
console.log(show(() => process.kill(process.pid, 'SIGWINCH')));
