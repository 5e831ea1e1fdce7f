// Aborting a fetch: before it settles (AbortError), after the response (its unread body is canceled).
(async () => {
  const ac = new AbortController();
  const r = await fetch('data:,hello', { signal: ac.signal });
  ac.abort();
  try { console.log(await r.text()); } catch (e) { console.log('text after abort', e.name, e.message); }
  const ac2 = new AbortController();
  const r2 = await fetch('data:,hello', { signal: ac2.signal });
  const reader = r2.body.getReader();
  ac2.abort(new Error('custom'));
  try { console.log(await reader.read()); } catch (e) { console.log('read after abort', e.name, e.message); }
  const u = URL.createObjectURL(new Blob(['x']));
  const ac3 = new AbortController();
  const p = fetch(u, { signal: ac3.signal });
  await null;
  ac3.abort();
  try { console.log(await (await p).text()); } catch (e) { console.log('abort while pending', e.name, e.message); }
})();
