// fetch() of a blob: URL with a Range header, as undici 7 answers it (206, content-range, failures).
(async () => {
  const u = URL.createObjectURL(new Blob(['abcdefgh'], { type: 'text/x' }));
  for (const range of ['bytes=0-1', 'bytes=2-', 'bytes=-3', 'bytes=5-100', 'bytes=9-', 'bytes=3-1', 'x', 'bytes=0-1,3-4', 'bytes= 1-2']) {
    try { const r = await fetch(u, { headers: { Range: range } }); console.log(range, r.status, r.statusText, [...r.headers], await r.text()); } catch (e) { console.log(range, e.message, e.cause?.message); }
  }
})();
