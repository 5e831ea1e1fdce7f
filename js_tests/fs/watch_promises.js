// fs.promises.watch: an async iterator of { eventType, filename }, ended by an AbortSignal (which
// rejects with an AbortError carrying the reason) or by return()
const fs = require('fs');
const { at } = require('./helpers/tmp');

fs.mkdirSync(at('d'));
(async () => {
  const ac = new AbortController();
  const iterator = fs.promises.watch(at('d'), { signal: ac.signal });
  console.log(Object.prototype.toString.call(iterator));
  setTimeout(() => fs.writeFileSync(at('d', 'one.txt'), '1'), 20);
  const seen = new Set();
  try {
    for await (const event of iterator) {
      console.log(Object.keys(event), Object.getPrototypeOf(event));
      seen.add(`${event.eventType} ${event.filename}`);
      if (seen.has('change one.txt')) ac.abort(new Error('enough'));
    }
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause.message);
  }
  console.log([...seen].sort());

  // with return(): the watcher closes and the loop can end
  const hexIterator = fs.promises.watch(at('d'), { encoding: 'hex' });
  setTimeout(() => fs.writeFileSync(at('d', 'ab'), ''), 20);
  const { value } = await hexIterator.next();
  console.log(value.eventType, value.filename);
  console.log(await hexIterator.return('done'));
  console.log(await hexIterator.next());

  // recursive (node 24 polls the tree on Linux: this takes it up to 5 s)
  const recursive = fs.promises.watch(at('d'), { recursive: true });
  setTimeout(() => fs.writeFileSync(at('d', 'top.txt'), 'top'), 50);
  for await (const { eventType, filename } of recursive) {
    if (filename === 'top.txt') {
      console.log('recursive', eventType, filename);
      break;
    }
  }
})();
