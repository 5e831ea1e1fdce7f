// a worker's console output reaches stdout in order and before its 'exit' event
const { Worker } = require('worker_threads');
const w = new Worker('for (let i = 0; i < 5; i++) console.log("worker line", i); process.stdout.write("no newline, then exit\\n");', { eval: true });
w.on('exit', (code) => console.log('exit', code));
