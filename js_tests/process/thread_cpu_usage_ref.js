// node 24: process.threadCpuUsage([prev]) (the calling thread, checked as cpuUsage), and process.ref /
// process.unref calling a nodejs.ref / nodejs.unref method, else ref / unref, of what they are given.
const t = process.threadCpuUsage();
console.log(Object.keys(t), Number.isInteger(t.user), t.user >= 0, process.threadCpuUsage.length, process.threadCpuUsage.name);
for (const p of [{user:-1, system:0}, {user:'a', system:0}, 5, {user: 1, system: 2**60}, {user:0}]) { try { const d = process.threadCpuUsage(p); console.log(typeof d.user, typeof d.system) } catch(e) { console.log(e.name, e.code, e.message) } }
console.log(process.ref.length, process.unref.length, process.ref.name, process.unref.name);
const timer = setTimeout(() => console.log('never'), 100000);
process.unref(timer);
const sym = { [Symbol.for('nodejs.ref')]() { console.log('sym ref', this === sym); }, ref() { console.log('plain ref'); } };
process.ref(sym);
process.ref({ ref() { console.log('plain ref only'); } });
process.ref(null); process.ref(5); process.unref({});
const { Worker } = require('worker_threads');
new Worker('const t=process.threadCpuUsage(); console.log("worker", typeof t.user, Object.keys(t))', { eval: true });
