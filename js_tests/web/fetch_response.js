// Response: constructor checks, bodies of each kind, consumption once, clone, static methods.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('status 99', () => new Response('x', { status: 99 }));
attempt('status 204 + body', () => new Response('x', { status: 204 }));
attempt('statusText', () => new Response('x', { statusText: 'a\n' }));
attempt('204 no body', () => new Response(null, { status: 204 }).status);
attempt('redirect relative', () => Response.redirect('/x'));
attempt('redirect status', () => Response.redirect('http://a/', 200));
attempt('json symbol', () => Response.json(Symbol('s')));
attempt('clone used', () => {
  const used = new Response('x');
  used.text();
  return used.clone();
});

const types = (body) => new Response(body).headers.get('content-type');
console.log(types('x'), types(new URLSearchParams('a=1')), types(new Blob(['x'], { type: 'A/B' })),
  types(new Uint8Array(2)), types(new ArrayBuffer(1)), types(null), types(undefined));
const form = new FormData();
form.append('a', 'b');
console.log(/^multipart\/form-data; boundary=----formdata-undici-0\d{11}$/.test(types(form)));

(async () => {
  console.log(await new Response('{"a":[1,2]}').json());
  console.log(await new Response('héllo').bytes());
  console.log(Buffer.from(await new Response('héllo').arrayBuffer()));
  console.log(await new Response('héllo', { headers: { 'content-type': 'Text/X; A=B' } }).blob());
  console.log(JSON.stringify(await new Response('\ufeffbom').text()), JSON.stringify(await new Response().text()));
  console.log(await new Response(new Uint8Array([104, 105])).text(), await new Response(new Blob(['blob'])).text());
  console.log(await new Response(new URLSearchParams({ q: 'a b', r: 'é' })).text());
  const original = new Response('abc', { status: 201, statusText: 'Made', headers: { x: 'y' } });
  const copy = original.clone();
  console.log(await original.text(), await copy.text(), copy.status, copy.statusText, copy.headers.get('x'));
  console.log(original.bodyUsed, new Response('x').bodyUsed, new Response().bodyUsed);
  try {
    await original.text();
  } catch (error) {
    console.log(error.name, error.message);
  }
  try {
    await Response.prototype.text.call({});
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  try {
    await new Response('{').json();
  } catch (error) {
    console.log(error.name);
  }
  const json = Response.json({ a: 1 }, { status: 202, headers: { 'x-y': 'z' } });
  console.log(json.status, [...json.headers], await json.json());
  const error = Response.error();
  console.log(error.type, error.status, error.ok, error.statusText, [...error.headers]);
  try {
    error.headers.set('a', 'b');
  } catch (e) {
    console.log(e.message);
  }
  const redirect = Response.redirect('http://example.com/a b', 307);
  console.log(redirect.status, redirect.headers.get('location'), redirect.ok, redirect.type, redirect.url);
  const plain = new Response('x', { status: 404 });
  console.log(plain.ok, plain.status, plain.statusText, plain.type, plain.url, plain.redirected);
  console.log(Object.prototype.toString.call(plain), typeof Response.error, Response.name);
})();
