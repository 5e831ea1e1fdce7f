// url.parse() builds node's legacy Url objects: auth, host, port, path, query (parsed with
// parseQueryString), backslashes, trimming, escaping, IDNA and IPv6 hosts.
const url = require('url');
console.log(url.parse('http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/a?b=1&b=2', true));
const inputs = ['mailto:a@b.com?subject=x', 'javascript:alert(1)', 'HTTP://a\\b\\c?d\\e', '  http://x.com/ a b  ',
  'http://ex ample.com/', 'http://[::1]:80/x', 'http://münchen.de/', 'file:///etc/passwd', 'x.com/a', '//foo/bar',
  'http://a@b@c/', 'http://a@b?@c', 'http://user:p%40ss@h/', 'http://x.com:/', 'http://x.com#frag?q', 'foo:bar',
  'http:x', '/a/b/../c', '?q=1', '#h', 'http://X.Y.Z/%7Efoo', 'http://a.com/{b}|^`', "http://a.com/'q'",
  'ws://h:1/p', 'http://x.com\ty/', 'http://x.com/a\tb'];
for (const input of inputs) {
  console.log(JSON.stringify(input), JSON.stringify(url.parse(input)));
}
console.log(url.parse('//foo/bar', false, true).host, url.parse('//foo/bar').host);
console.log(Object.getPrototypeOf(url.parse('/x?y=1', true).query), url.parse('http://h/', true).query);
console.log(url.parse('http://a/b') instanceof url.Url);
try {
  url.parse(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
