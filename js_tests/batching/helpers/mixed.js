// A sequence of messages mixing small plain values (batched) with values that take the direct
// path (Date, typed array, Map, a 500-key object, shared references, transfer lists), and a
// description of each received message that shows which one it is and that it is intact.
const { MessageChannel, MessagePort } = require('worker_threads');

function bigObject(tag) {
  const object = {};
  for (let i = 0; i < 500; i++) object[`k${i}`] = i;
  object.tag = tag;
  return object;
}

// post(value, transferList) is called for each message in order
function postMixed(post) {
  post(1);
  post('two');
  post({ n: 3 });
  post(new Date(4000));
  post([5, 5]);
  post(new Uint8Array([6, 6, 6]));
  post({ n: 7, nested: { list: [7] } });
  post(new Map([['m', 8]]));
  post(9);
  post(bigObject(10));
  post('eleven');
  const shared = { s: 12 };
  post({ a: shared, b: shared });
  post(13);
  const buffer = new ArrayBuffer(14);
  post({ n: 14, buffer }, [buffer]);
  post({ after: buffer.byteLength });
  const { port1 } = new MessageChannel();
  post({ n: 16, port: port1 }, [port1]);
  post(17);
  post(null);
  post(new Set([19]));
  post(undefined);
  post('end');
}

function describe(m) {
  if (m === null || typeof m !== 'object') return `${typeof m} ${String(m)}`;
  if (m instanceof Date) return `Date ${m.getTime()}`;
  if (m instanceof Uint8Array) return `Uint8Array ${[...m]}`;
  if (m instanceof Map) return `Map ${JSON.stringify([...m])}`;
  if (m instanceof Set) return `Set ${JSON.stringify([...m])}`;
  if (Array.isArray(m)) return `Array ${JSON.stringify(m)}`;
  if (m.tag !== undefined) return `big ${m.tag} keys=${Object.keys(m).length} k499=${m.k499}`;
  if (m.a !== undefined) return `shared ${m.a === m.b} ${JSON.stringify(m.a)}`;
  if (m.buffer !== undefined) return `buffer ${m.n} ${m.buffer.byteLength}`;
  if (m.port !== undefined) return `port ${m.n} ${m.port instanceof MessagePort}`;
  return `object ${JSON.stringify(m)}`;
}

module.exports = { postMixed, describe };
