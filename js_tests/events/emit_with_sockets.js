// Once a program uses sockets, emit takes a faster path (a C function): every case of an emit,
// checked after a socket has been read. Arguments reach listeners exactly as given (their count
// too), `this` is the emitter, 'error' and errorMonitor, several listeners, once, non-string
// types, listeners' return values (captureRejections), odd `_events`, throwing listeners.
const net = require('net');
const EE = require('events');
const server = net.createServer((c) => { c.end('hi'); server.close(); });
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', (d) => {
    console.log('data', String(d), EE.prototype.emit.name, EE.prototype.emit.length);
    const e = new EE();
    e.on('x', function (...a) { console.log('x', a.length, a, this === e); });
    console.log(e.emit('x'), e.emit('x', undefined), e.emit('x', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    e.on('x', (a) => console.log('second', a));
    console.log(e.emit('x', 'A'));
    console.log(e.emit('nothing'), e.emit(Symbol('s')));
    const sym = Symbol('t');
    e.on(sym, () => console.log('sym'));
    e.emit(sym);
    try { e.emit('error', new Error('boom')); } catch (err) { console.log('caught', err.message); }
    try { e.emit('error', 'str'); } catch (err) { console.log('caught', err.code, err.message); }
    e.on(EE.errorMonitor, (err) => console.log('monitor', err));
    e.on('error', (err) => console.log('error listener', err));
    e.emit('error', 'E');
    e.on('throws', () => { throw new Error('thrown'); });
    try { e.emit('throws'); } catch (err) { console.log('caught', err.message); }
    const cap = new EE({ captureRejections: true });
    cap.on('p', async () => { throw new Error('rejected'); });
    cap.on('error', (err) => console.log('captured', err.message));
    cap.emit('p');
    e.emit(1);
    e.on(2, (v) => console.log('numeric', v));
    e.emit(2, 'two');
    try { EE.prototype.emit.call({ _events: null }, 'x'); } catch (err) { console.log(err.constructor.name); }
    console.log(EE.prototype.emit.call({}, 'x'), EE.prototype.emit.call({ _events: 5 }, 'x'));
    try { EE.prototype.emit.call(undefined, 'x'); } catch (err) { console.log(err.constructor.name); }
    e.once('o', (a, b) => console.log('once', a, b));
    e.emit('o', 1, 2);
    console.log(e.emit('o', 3));
    const r = { _events: { __proto__: null, x: [(a) => console.log('arr1', a), (a) => console.log('arr2', a)] } };
    EE.prototype.emit.call(r, 'x', 'v');
    e.on('ret', () => 42);
    console.log(e.emit('ret'));
    let reads = 0;
    const getter = { get _events() { reads++; return { __proto__: null, g: () => console.log('getter listener') }; } };
    EE.prototype.emit.call(getter, 'g');
    console.log('_events read', reads, 'time(s)');
  });
});
