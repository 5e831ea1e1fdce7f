// diagnostics_channel: subscribe / publish / unsubscribe / hasSubscribers, channel identity.
const dc = require('diagnostics_channel');
const ch = dc.channel('my-channel');
console.log(ch === dc.channel('my-channel'), ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const onMessage = (message, name) => console.log('got', message, name);
ch.subscribe(onMessage);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'));
ch.publish({ a: 1 });
dc.subscribe('my-channel', (m) => console.log('second', m.a));
ch.publish({ a: 2 });
console.log(ch.unsubscribe(onMessage), ch.unsubscribe(onMessage));
ch.publish({ a: 3 });
const sym = Symbol('sym-channel');
dc.subscribe(sym, (m, name) => console.log('symbol channel', m, typeof name));
dc.channel(sym).publish('hi');
for (const bad of [() => dc.channel(5), () => dc.subscribe('x', 5), () => ch.subscribe(null)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
