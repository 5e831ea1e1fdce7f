// Timeout.hasRef() reflects ref()/unref()
const t = setTimeout(() => {}, 1);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
t.ref();
console.log(t.hasRef());
const im = setImmediate(() => console.log('immediate runs'));
console.log(im.hasRef());
