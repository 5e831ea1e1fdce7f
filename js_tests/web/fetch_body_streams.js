// Bodies as ReadableStreams: response.body, streams and async iterables as bodies, bodyUsed and
// locking, clone (tee), a Request taking over another's body, and what util.inspect prints.
const attempt = async (label, fn) => {
  try {
    console.log(label, await fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};

(async () => {
  await attempt('async generator', () => new Response((async function* () { yield new Uint8Array([104, 105]); yield '!'; })()).text());
  await attempt('stream of strings', () => new Response(new ReadableStream({ start(c) { c.enqueue('hi'); c.close(); } })).text());
  await attempt('stream of bytes', () => new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } })).text());
  await attempt('locked stream', () => { const s = new ReadableStream(); s.getReader(); return new Response(s); });
  await attempt('body locked', async () => { const r = new Response('x'); r.body.getReader(); return [r.bodyUsed, await r.text()]; });
  await attempt('body read', async () => { const r = new Response('x'); await r.body.getReader().read(); return [r.bodyUsed, r.body]; });
  await attempt('clone after lock', () => { const r = new Response('x'); r.body.getReader(); return r.clone(); });
  const original = new Response('abc');
  const copy = original.clone();
  console.log(original.body === original.body, original.body, copy.body);
  console.log(await original.text(), await copy.text(), original.body, copy.bodyUsed);
  await attempt('duplex', () => new Request('http://a/', { method: 'POST', body: new ReadableStream() }));
  await attempt('duplex half', () => new Request('http://a/', {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([120])); c.close(); } }),
  }).text());
  const request = new Request('http://a/', { method: 'POST', body: 'moved' });
  console.log(request.body, request.bodyUsed);
  const moved = new Request(request);
  console.log(request.bodyUsed, request.body, moved.body, await moved.text());
  const stream = new Response('zz').body;
  console.log(stream === new Response(stream).body);
  const fetched = await fetch('data:,abc');
  const reader = fetched.body.getReader();
  console.log(await reader.read(), await reader.read(), fetched.bodyUsed);
  const byob = (await fetch('data:;base64,AAECAwQF')).body.getReader({ mode: 'byob' });
  console.log(await byob.read(new Uint8Array(4)));
  console.log(new Response(null).body, new Response('').body, Response.error().body, Response.redirect('http://a/').body);
  console.log(await new Response('').text(), await new Response('x').body.getReader().read());

  const piped = [];
  await (await fetch('data:,streamed%20text')).body.pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write(chunk) { piped.push(chunk); } }));
  console.log(piped);

  const response = await fetch('data:text/plain;base64,SGVsbG8=');
  console.log(response);
  await response.text();
  console.log(response);
  console.log(new Request('data:,x', { method: 'POST', body: 'hi', headers: [['X-A', '1']] }));
  console.log(Response.json({ a: 1 }), Response.error(), Response.redirect('http://a/', 301));
  console.log(new Headers({ a: '1', 'Set-Cookie': 'x' }));
  const headers = new Headers();
  headers.append('set-cookie', 'a=1');
  headers.append('Set-Cookie', 'b=2');
  headers.append('x', '1');
  headers.append('X', '2');
  console.log(headers, headers.keys());
  const form = new FormData();
  form.append('a', '1');
  form.append('f', new File(['x'], 'n.txt', { lastModified: 5 }));
  console.log(form, form.entries());
  console.log(new File(['abc'], 'f.bin', { type: 'X/Y', lastModified: 7 }), new File([], 'e').size);
})();
