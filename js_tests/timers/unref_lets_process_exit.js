// an unref'd timer does not keep the process alive, so it never fires
const t = setTimeout(() => console.log('unref timer (never)'), 200);
console.log(t.unref() === t);
const iv = setInterval(() => console.log('unref interval (never)'), 100);
iv.unref();
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
