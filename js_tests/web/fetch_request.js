// Request: URL and method checks, init options, bodies, signals, cloning and reuse.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message, error.cause?.message ?? '');
  }
}

attempt('no args', () => new Request());
attempt('GET body', () => new Request('http://a/', { method: 'GET', body: 'x' }));
attempt('HEAD body', () => new Request('http://a/', { method: 'HEAD', body: 'x' }));
attempt('CONNECT', () => new Request('http://a/', { method: 'CONNECT' }));
attempt('bad method', () => new Request('http://a/', { method: 'b d' }));
attempt('credentials in URL', () => new Request('http://u:p@a/'));
attempt('relative', () => new Request('/rel'));
attempt('mode', () => new Request('http://a/', { mode: 'x' }));
attempt('navigate', () => new Request('http://a/', { mode: 'navigate' }));
attempt('credentials', () => new Request('http://a/', { credentials: 'x' }));
attempt('signal', () => new Request('http://a/', { signal: 5 }));
attempt('methods', () => ['get', 'post', 'Put', 'delete', 'options', 'head', 'PATCH', 'custom']
  .map((method) => new Request('http://a/', { method }).method).join(' '));

const request = new Request('http://example.com/path?q#frag', {
  method: 'POST',
  body: 'payload',
  headers: { 'X-Custom': 'v' },
  referrer: '',
  referrerPolicy: 'no-referrer',
  mode: 'same-origin',
  credentials: 'include',
  cache: 'no-store',
  redirect: 'manual',
  integrity: 'sha256-abc',
  keepalive: true,
});
for (const name of ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
  'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'duplex', 'bodyUsed']) {
  console.log(name, request[name]);
}
console.log([...request.headers], request.signal instanceof AbortSignal, request.signal.aborted);
console.log(new Request('http://a/').referrer, new Request('http://a/', { referrer: 'http://b/x' }).referrer);

const controller = new AbortController();
const followed = new Request('http://a/', { signal: controller.signal });
console.log(followed.signal === controller.signal, followed.signal.aborted);
controller.abort('why');
console.log(followed.signal.aborted, followed.signal.reason);
console.log(new Request('http://a/', { signal: AbortSignal.abort('early') }).signal.reason);

(async () => {
  const copy = request.clone();
  console.log(await copy.text(), request.bodyUsed, copy.url, copy.headers.get('x-custom'), copy.method);
  const moved = new Request(request);
  console.log(request.bodyUsed, moved.bodyUsed, await moved.text(), moved.method, moved.mode);
  attempt('reuse', () => new Request(request));
  attempt('clone used', () => request.clone());
  const overridden = new Request(new Request('http://a/', { method: 'PUT', body: 'old' }), { body: 'new', headers: [['a', 'b']] });
  console.log(overridden.method, await overridden.text(), [...overridden.headers]);
  const form = await new Request('http://a/', { method: 'POST', body: new URLSearchParams('x=1&y=%20') }).formData();
  console.log([...form]);
  try {
    await new Request('http://a/', { method: 'POST', body: 'a=1' }).formData();
  } catch (error) {
    console.log(error.name, error.message);
  }
  const blob = await new Request('http://a/', { method: 'POST', body: 'data' }).blob();
  console.log(blob.size, blob.type);
})();
