// fileURLToPath with node 20's POSIX rules: decoding, encoded '/' refused, a host refused, only
// file: URLs, strings or URL objects; and the windows option.
const { fileURLToPath } = require('url');
const inputs = ['file:///a/b%20c', 'file:///%E2%82%AC/%F0%9F%98%80', 'file:///a%5Cb', 'file:///a?q#h', 'file://localhost/etc',
  'file:///a%2fb', 'file:///a%2Fb', 'file://host/x', 'http://x/y', 'notaurl', new URL('file:///from/object'), 5, null, { href: 'file:///x' },
  { href: 'file:///url-like', protocol: 'file:', hostname: '', pathname: '/url-like%20object' }, { href: 'http://x/', protocol: 'http:' }];
for (const input of inputs) {
  try {
    console.log(JSON.stringify(fileURLToPath(input)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const input of ['file:///C:/a%20b', 'file:///c:/x/y/', 'file://server/share/f', 'file:///a/b', 'file:///C:/a%2fb', 'file:///C:/a%5cb']) {
  try {
    console.log(JSON.stringify(fileURLToPath(input, { windows: true })));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
