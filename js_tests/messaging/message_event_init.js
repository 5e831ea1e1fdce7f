// new MessageEvent(type, init): WebIDL's conversion of the init dictionary, with node 24's
// messages for a source or ports that are not MessagePorts and for an init that is not an object
const { port1 } = new MessageChannel();
const inits = [
  undefined, null, { data: undefined, origin: 'o' }, { data: 2, origin: 1, lastEventId: 0 }, { source: port1 },
  { ports: [port1], source: null }, { ports: new Set([port1]) },
  { source: 1 }, { source: {} }, { source: 'x' }, { source: [1, 2] }, { source: Symbol('q') }, { source: 10n },
  { source: function named() {} }, { source: Object.create(null) },
  { ports: 0 }, { ports: 'ab' }, { ports: null }, { ports: { [Symbol.iterator]: 5 } }, { ports: [null] },
  { ports: [{}] }, { ports: [port1, 5] }, 5, 'str', true,
];
for (const init of inits) {
  try {
    const { type, data, origin, lastEventId, source, ports } = new MessageEvent('message', init);
    console.log('ok', type, data, JSON.stringify(origin), JSON.stringify(lastEventId), source === port1, ports.length);
  } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e));
  }
}
port1.close();
