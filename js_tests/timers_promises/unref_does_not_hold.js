// { ref: false } lets the process exit while the wait is pending.
const { setTimeout: sleep, setImmediate } = require('timers/promises');
sleep(100000, 'never', { ref: false }).then((v) => console.log(v));
setImmediate('also unref', { ref: false }).then((v) => console.log('immediate still runs:', v));
process.on('exit', (code) => console.log('exit', code));
