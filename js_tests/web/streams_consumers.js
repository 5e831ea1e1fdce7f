// stream/consumers: text, json, buffer, arrayBuffer, blob from node streams, web streams and async iterables.
const { Readable } = require('stream');
(async () => {
  const c = require('stream/consumers');
  console.log(Object.keys(c));
  console.log(await c.text(Readable.from(['a', 'é'])), await c.json(new Blob(['{"a":1}']).stream()), await c.buffer(Readable.from([Buffer.from('ab')])));
  console.log(await c.arrayBuffer(new Response('xy').body), await c.blob(Readable.from(['q'])));
  console.log(await c.text(new Response('web text').body), await c.text((async function* () { yield 'gen'; })()));
  await c.json(Readable.from(['{'])).catch((e) => console.log(e.name));
})();
