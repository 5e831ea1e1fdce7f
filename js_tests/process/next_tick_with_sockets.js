// Once a program uses sockets, nextTick's queue is kept in C: ticks queued before keep their
// order, arguments reach callbacks exactly as given, a throwing tick goes to 'uncaughtException'
// and the next ones still run, ticks interleave with microtasks as in node, AsyncLocalStorage's
// store follows a tick, and process.exit inside a tick ends the process at once.
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');
process.nextTick(() => console.log('queued before any socket'));
const server = net.createServer((c) => { c.end('hi'); server.close(); });
process.nextTick((a, b) => console.log('queued before, with', a, b), 1, 2);
process.on('uncaughtException', (e) => { console.log('uncaught', e.message); });
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  process.nextTick(function (...a) { console.log('args', a.length, a); }, 1, 2, 3, 4, 5);
  client.on('data', (d) => {
    console.log('data', String(d), process.nextTick.name, process.nextTick.length);
    Promise.resolve().then(() => console.log('micro 1'));
    process.nextTick(() => {
      console.log('tick 1');
      process.nextTick(() => console.log('tick nested'));
      Promise.resolve().then(() => console.log('micro from tick'));
    });
    process.nextTick(function (...a) { console.log('one undefined', a.length, this === undefined); }, undefined);
    process.nextTick(function (...a) { console.log('five', a); }, 1, 2, 3, 4, 5);
    process.nextTick(() => { throw new Error('tick error'); });
    process.nextTick(() => console.log('after the throw'));
    try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
    try { process.nextTick(); } catch (e) { console.log(e.code); }
    const als = new AsyncLocalStorage();
    als.run({ id: 7 }, () => process.nextTick(() => console.log('store', als.getStore())));
    process.nextTick(() => console.log('no store', als.getStore()));
    setTimeout(() => {
      process.nextTick(() => console.log('from a timer'));
      setImmediate(() => {
        console.log('immediate');
        process.nextTick(() => { console.log('exiting'); process.exit(3); });
        process.nextTick(() => console.log('never'));
      });
    }, 10);
  });
});
process.on('exit', (code) => { process.nextTick(() => console.log('never either')); console.log('exit', code); });
