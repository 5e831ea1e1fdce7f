// fork() with serialization: 'advanced': what structured clone carries (Map, Set, BigInt, Date,
// typed arrays, Buffers as Buffers, errors, cycles) goes to the child and back.
const { fork } = require('child_process');
const util = require('util');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'done') process.disconnect();
    else process.send(message);
  });
} else {
  const circular = { name: 'loop' };
  circular.self = circular;
  const messages = [
    'text', 42, true, null, [1, [2, [3]]],
    { map: new Map([['a', 1], [{ k: 2 }, 'object key']]), set: new Set([1, 'two']) },
    { big: 12345678901234567890n, date: new Date(0), regexp: /ab+c/gi },
    { bytes: new Uint8Array([1, 2, 3]), floats: new Float64Array([Math.PI]), buffer: Buffer.from('Hello!') },
    Buffer.from('top-level buffer'),
    new RangeError('out of range'),
    circular,
    { undef: undefined, nan: NaN, negZero: -0 },
  ];
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  let index = 0;
  child.on('message', (message) => {
    const shown = message instanceof Error ? `${message.name}: ${message.message}` : util.inspect(message, { depth: 4 });
    console.log(index, shown, Buffer.isBuffer(message?.buffer ?? message));
    if (++index < messages.length) child.send(messages[index]);
    else child.send('done');
  });
  child.on('close', (code) => console.log('close', code));
  child.send(messages[0]);
}
