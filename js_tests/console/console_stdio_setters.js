// the global console's _stdout / _stderr are accessors: assigning one sends console output to that stream
const d = Object.getOwnPropertyDescriptor(console, '_stdout'); console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.writable);
const real = process.stdout.write.bind(process.stdout);
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { real('captured: ' + c); cb(); } });
console._stdout = w; console.log('hello'); 
console._stdout = process.stdout;
console.log('back', console._stdout === process.stdout);
console._stdout = process.stdout; console._stderr = process.stderr;
const g = Object.getOwnPropertyDescriptor(console, '_stderr'); console.log(Object.keys(g), g.enumerable);
