// Request init checks of undici 7: no-cors methods and headers, only-if-cached, window, keepalive with a stream body, referrers.
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.message); } };
t('no-cors put', () => new Request('http://a/', { mode: 'no-cors', method: 'PUT' }));
t('no-cors header', () => [...new Request('http://a/', { mode: 'no-cors', headers: { 'x-custom': 'y', accept: 'z' } }).headers]);
t('no-cors append', () => { const r = new Request('http://a/', { mode: 'no-cors' }); r.headers.append('x-c', '1'); r.headers.set('accept', 'q'); return [...r.headers]; });
t('cache only-if-cached', () => new Request('http://a/', { cache: 'only-if-cached' }));
t('signal null', () => new Request('http://a/', { signal: null }).signal.aborted);
t('integrity', () => new Request('http://a/', { integrity: 'x', keepalive: 1 }).keepalive);
t('referrer bad', () => new Request('http://a/', { referrer: 'http://[' }));
t('referrer about', () => new Request('http://a/', { referrer: 'about:client' }).referrer);
t('body+keepalive stream', () => new Request('http://a/', { method: 'POST', keepalive: true, duplex: 'half', body: new ReadableStream() }));
t('window', () => new Request('http://a/', { window: 1 }));
t('window null', () => new Request('http://a/', { window: null }).url);
