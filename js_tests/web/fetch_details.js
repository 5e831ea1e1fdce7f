// fetch details: Request inputs, abort during fetch, status and init conversions, header values, FormData order, member order of the prototypes.
(async () => {
  const t = async (l, f) => { try { console.log(l, await f()); } catch (e) { console.log(l, 'ERR', e.name, e.code, e.message, e.cause?.message); } };
  await t('fetch(Request)', async () => (await fetch(new Request('data:,req'))).text());
  await t('fetch used request', async () => { const r = new Request('data:,x', { method: 'POST', body: 'b' }); await r.text(); return fetch(r); });
  await t('abort during', async () => { const ac = new AbortController(); const p = fetch('data:,x', { signal: ac.signal }); ac.abort(new Error('stop')); return p; });
  await t('abort reason', async () => { const ac = new AbortController(); const p = fetch('data:,x', { signal: ac.signal }); ac.abort(); return p; });
  await t('headers number', () => [...new Headers({ a: 1, b: true, c: null, d: undefined })]);
  await t('headers array of headers', () => [...new Headers([new Headers({ a: 'b' })].flatMap((h) => [...h]))]);
  await t('resp headers obj', () => [...new Response('x', { headers: new Headers({ 'X-Y': 'z' }) }).headers]);
  await t('json init', async () => { const r = Response.json([1], { status: 201, statusText: 'Yes', headers: { 'content-type': 'text/x' } }); return [r.status, r.statusText, r.headers.get('content-type'), await r.text()]; });
  await t('status 599', () => new Response(null, { status: 599 }).status);
  await t('status 600', () => new Response(null, { status: 600 }).status);
  await t('status string', () => new Response(null, { status: '201' }).status);
  await t('status 1.5', () => new Response(null, { status: 201.7 }).status);
  await t('init null', () => new Response('x', null).status);
  await t('init 5', () => new Response('x', 5));
  await t('req init 5', () => new Request('http://a/', 5));
  await t('req method lower', () => new Request('http://a/', { method: 'delete' }).method);
  await t('req clone signal', () => { const ac = new AbortController(); const r = new Request('http://a/', { signal: ac.signal }); const c = r.clone(); ac.abort('x'); return [c.signal.aborted, c.signal.reason]; });
  await t('req url normalized', () => new Request('HTTP://EXAMPLE.com:80/a/../b?c#d').url);
  await t('req headers from req', () => [...new Request(new Request('http://a/', { headers: { a: '1' } })).headers]);
  await t('response url', async () => (await fetch('data:,x#y')).url);
  await t('blob type header', async () => [...(await fetch(URL.createObjectURL(new Blob(['x'], { type: 'a/b;c=d' })))).headers]);
  await t('formdata set order', () => { const f = new FormData(); f.append('a', '1'); f.append('b', '2'); f.append('a', '3'); f.set('a', '4'); return [...f]; });
  await t('formdata blob name', () => { const f = new FormData(); f.append('x', new Blob(['q'])); return [f.get('x').name, f.get('x') instanceof File]; });
  await t('File lastModified', () => { const f = new File(['x'], 'n', { lastModified: '12' }); return [f.lastModified, f.name, f.type]; });
  await t('bytes type', async () => Object.prototype.toString.call(await new Response('x').bytes()));
  await t('text BOM', async () => JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text()));
  await t('json BOM', async () => await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).json());
  await t('arrayBuffer of blob', async () => (await new Response(new Blob(['ab'])).arrayBuffer()).byteLength);
  await t('Headers has invalid', () => new Headers().has('a b'));
  await t('Headers delete immutable', async () => { const r = Response.error(); r.headers.delete('x'); });
  await t('append empty', () => [...new Headers([['a', '']])]);
  await t('getSetCookie empty', () => new Headers().getSetCookie());
  await t('header value trim tab', () => new Headers({ a: '\t v \t' }).get('a'));
  await t('set-cookie combined get', () => { const h = new Headers([['Set-Cookie', 'a'], ['Set-Cookie', 'b']]); return [h.get('set-cookie'), [...h.values()]]; });
  await t('redirect relative URL with base', () => Response.redirect('http://a/b/../c').headers.get('location'));
  await t('Response.error immutable headers append', () => Response.error().headers.append('a', 'b'));
  await t('keys length', () => [Headers.length, Request.length, Response.length, FormData.length, fetch.length, File.length]);
  for (const value of [new Headers(), new Response('x'), new Request('http://a/'), new FormData()]) {
    await t(`structuredClone ${value.constructor.name}`, () => structuredClone(value));
  }
  await t('proto keys', () => [Object.keys(Headers.prototype), Object.keys(Response.prototype), Object.keys(Request.prototype)]);
})();
