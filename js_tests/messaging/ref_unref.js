// a port keeps the process alive only while ref'd: a new port is unref'd; a 'message' listener
// refs it; unref() lets the process end; hasRef() tells
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log('new', port1.hasRef());
const f = () => {};
port1.on('message', f);
console.log('with listener', port1.hasRef());
port1.off('message', f);
console.log('listener removed', port1.hasRef());
port1.on('message', f);
port1.unref();
console.log('unref', port1.hasRef());
port1.ref();
console.log('ref', port1.hasRef());
port1.unref();
process.on('exit', () => console.log('exited although port1 has a listener'));
