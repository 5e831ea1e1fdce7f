// clearTimeout/clearImmediate/clearInterval before firing cancel the callback; clearing twice or null is harmless
const t = setTimeout(() => console.log('timeout (never)'), 1);
const i = setImmediate(() => console.log('immediate (never)'));
const iv = setInterval(() => console.log('interval (never)'), 1);
clearTimeout(t);
clearImmediate(i);
clearInterval(iv);
clearTimeout(t);
clearTimeout(null);
clearTimeout(undefined);
setTimeout(() => console.log('kept'), 2);
