// fetch() of data: URLs: base64, percent-encoding, MIME type parsing and failures (node 24, undici 7).
const urls = [
  'data:,hello%20world',
  'data:text/plain;base64,SGVsbG8=',
  'data:text/html;charset=utf-8;base64, SGVs bG8=',
  'data:;base64,SGVsbG8',
  'data: text/plain ;charset="utf 8", x',
  'data:application/json,{"a":%201}',
  'data:TEXT/Plain;Charset=UTF-8;foo=bar;foo=baz,x',
  'data:image/png;BASE64,iVBORw0K',
  'data:x/y;a=,z',
  'data:bogus,abc#fragment',
  'data:;base64,SGVsbG8=!',
  'data:text/plain',
];

(async () => {
  for (const url of urls) {
    try {
      const response = await fetch(url);
      const bytes = await response.bytes();
      console.log(JSON.stringify(url), response.status, response.statusText, response.type, response.ok,
        response.redirected, JSON.stringify(response.url), [...response.headers], Buffer.from(bytes).toString('hex'));
    } catch (error) {
      console.log(JSON.stringify(url), error.name, error.message, error.cause?.name, error.cause?.message);
    }
  }
  const response = await fetch('data:,x', { method: 'POST', body: 'ignored' });
  console.log('POST', await response.text());
  try {
    await fetch('data:,x', { signal: AbortSignal.abort() });
  } catch (error) {
    console.log(error.name, error.message, error instanceof DOMException);
  }
  for (const url of ['about:blank', 'file:///etc/hostname', 'ftp://example.com/', 'not a url']) {
    try {
      await fetch(url);
    } catch (error) {
      console.log(url, error.constructor.name, error.message, '|', error.cause?.message, error.cause?.code);
    }
  }
  const typed = await fetch('data:text/plain;charset=utf-8,caf%C3%A9');
  console.log(await typed.text(), typed.bodyUsed);
  try {
    await typed.text();
  } catch (error) {
    console.log(error.name, error.message);
  }
  console.log(typeof fetch, fetch.length, Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable);
})();
