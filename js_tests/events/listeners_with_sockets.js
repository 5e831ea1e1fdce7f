// Once a program uses sockets, on / addListener and removeListener / off take a faster path (C
// functions): every case, checked after a socket has been read. The order of listeners,
// 'newListener' / 'removeListener', once wrappers, several listeners, the max-listeners warning,
// odd `_events` / `_eventsCount`, bad arguments, and what eventNames / listenerCount then say.
const net = require('net');
const EE = require('events');
const server = net.createServer((c) => { c.end('hi'); server.close(); });
process.on('warning', (w) => console.log('warning', w.name, w.count, w.type, w.message));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', () => {
    const P = EE.prototype;
    console.log(P.on === P.addListener, P.off === P.removeListener, P.on.name, P.on.length, P.off.name, P.off.length);
    const e = new EE();
    const a = () => console.log('a');
    const b = () => console.log('b');
    const c = () => console.log('c');
    console.log(e.on('x', a) === e, e.listenerCount('x'), e._eventsCount);
    e.on('x', b);
    e.addListener('x', c);
    e.emit('x');
    console.log(e.listeners('x').length, e.eventNames());
    console.log(e.off('x', b) === e, e.listeners('x').map((f) => f.name));
    e.removeListener('x', a);
    console.log(e.listeners('x').map((f) => f.name), typeof e._events.x);
    e.removeListener('x', c);
    console.log(e.eventNames(), e._eventsCount, Object.getPrototypeOf(e._events));
    e.on('y', a);
    e.on('z', b);
    e.removeListener('y', a);
    console.log(e.eventNames(), e._eventsCount, 'y' in e._events);
    e.removeListener('nothing', a);
    e.removeListener('z', a);
    console.log(e.eventNames());
    const n = new EE();
    n.on('newListener', (type, fn) => console.log('newListener', String(type), fn.name));
    n.on('removeListener', (type, fn) => console.log('removeListener', String(type), fn.name));
    n.on('p', a);
    n.on('p', b);
    n.once('q', c);
    n.emit('q');
    n.removeListener('p', a);
    n.removeListener('p', b);
    console.log(n.eventNames());
    const s = Symbol('s');
    n.on(s, a);
    n.off(s, a);
    const m = new EE();
    m.setMaxListeners(1);
    m.on('w', a);
    m.on('w', b);
    m.on('w', c);
    const m2 = new EE();
    m2.setMaxListeners(2);
    m2.on('v', a).on('v', b).on('v', c).on('v', a);
    try { e.on('x', 5); } catch (err) { console.log(err.code, err.message); }
    try { e.removeListener('x', null); } catch (err) { console.log(err.code, err.message); }
    e.on(7, a);
    console.log(e.eventNames(), e.listenerCount(7));
    e.off(7, a);
    const plain = {};
    P.on.call(plain, 'k', a);
    console.log(Object.keys(plain), plain._eventsCount, typeof plain._events.k);
    P.off.call(plain, 'k', a);
    console.log(plain._eventsCount, Object.keys(plain._events));
    const odd = { _events: { __proto__: null }, _eventsCount: '3' };
    P.on.call(odd, 'k', a);
    console.log(odd._eventsCount, typeof odd._eventsCount);
    try { P.on.call({ _events: null }, 'k', a); } catch (err) { console.log(err.constructor.name); }
    try { P.off.call({ _events: null }, 'k', a); } catch (err) { console.log(err.constructor.name); }
    console.log(P.off.call({}, 'k', a) !== undefined);
    const once = new EE();
    once.once('o', a);
    once.removeListener('o', a);
    console.log(once.eventNames());
    const dup = new EE();
    dup.on('d', a);
    dup.on('d', a);
    dup.removeListener('d', a);
    console.log(dup.listenerCount('d'), typeof dup._events.d);
    const old = EE.defaultMaxListeners;
    EE.defaultMaxListeners = 1;
    const dm = new EE();
    dm.on('t', a);
    dm.on('t', b);
    EE.defaultMaxListeners = old;
    console.log(client.listenerCount('data'), client.listenerCount('close') >= 1);
    const lc = new EE();
    lc.on('one', a);
    lc.on('two', a).on('two', b);
    lc.on(s, c);
    console.log(P.listenerCount.name, P.listenerCount.length, lc.listenerCount('one'), lc.listenerCount('two'),
      lc.listenerCount(s), lc.listenerCount('none'), lc.listenerCount('two', b), lc.listenerCount('one', b),
      lc.listenerCount('one', null), lc.listenerCount(1), EE.listenerCount(lc, 'two'));
    console.log(P.listenerCount.call({}, 'x'), P.listenerCount.call({ _events: { __proto__: null, x: { length: 'odd' } } }, 'x'));
    try { P.listenerCount.call({ _events: { __proto__: null, x: null } }, 'x'); } catch (err) { console.log(err.constructor.name); }
  });
});
