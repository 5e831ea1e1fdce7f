// Paths that are not string / Buffer / URL, or that hold a null byte, are rejected with node's errors
const fs = require('fs');
const { attempt } = require('./helpers/tmp');

for (const value of [undefined, null, 42, 1.5, true, {}, [], () => {}]) {
  attempt(typeof value, () => fs.readFileSync(value === 42 ? -42 : value));
}
attempt('null byte', () => fs.statSync('/tmp/a\0b'));
attempt('null byte in Buffer', () => fs.statSync(Buffer.from('/tmp/a\0b')));
attempt('url with another scheme', () => fs.readFileSync({ href: 'http://x/y', protocol: 'http:' }));
attempt('mkdir', () => fs.mkdirSync(5));
attempt('readdir', () => fs.readdirSync(null));
attempt('unlink', () => fs.unlinkSync([]));
attempt('access', () => fs.accessSync({}));
attempt('open', () => fs.openSync(7.5));
