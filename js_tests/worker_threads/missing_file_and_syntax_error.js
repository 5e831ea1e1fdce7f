// a missing worker file and a syntax error: an 'error' event, then exit 1
const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker('./helpers/does-not-exist.js');
w.on('error', (e) => console.log('missing:', e.name, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>')));
w.on('exit', (code) => {
  console.log('exit', code);
  const s = new Worker('let x = ;', { eval: true });
  s.on('error', (e) => console.log('syntax:', e.name, e instanceof SyntaxError));
  s.on('exit', (c) => console.log('exit', c));
});
