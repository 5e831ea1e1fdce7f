// Setters for protocol, username, password, host, hostname and port, including the values each
// one rejects or ignores silently.
function set(href, attribute, value) {
  const u = new URL(href);
  u[attribute] = value;
  console.log(`${attribute}=${JSON.stringify(value)}`.padEnd(28), href, '->', u.href);
}
set('http://example.com/', 'protocol', 'https');
set('http://example.com/', 'protocol', 'HTTPS:ignored');
set('http://example.com/', 'protocol', 'foo');
set('foo://example.com/', 'protocol', 'http');
set('http://example.com:443/', 'protocol', 'https');
set('http://u@example.com/', 'protocol', 'file');
set('file:///x', 'protocol', 'http');
set('http://example.com/', 'protocol', '1abc');
set('http://example.com/', 'username', 'us er@');
set('http://example.com/', 'password', 'p:w/d');
set('http://u:p@example.com/', 'username', '');
set('file:///x', 'username', 'nope');
set('mailto:a@b', 'password', 'nope');
set('http://example.com/p', 'host', 'other.org:81');
set('http://example.com:81/p', 'host', 'other.org');
set('http://example.com/p', 'host', 'other.org:80');
set('http://example.com/p', 'host', 'x.org:99999');
set('http://example.com/p', 'host', '');
set('http://example.com/p', 'host', '[::1]:9');
set('http://example.com/p', 'host', 'bad host');
set('http://example.com/p', 'hostname', 'name.org:81');
set('http://example.com/p', 'hostname', 'a/b');
set('http://example.com/p', 'hostname', '0x7f.1');
set('mailto:a@b', 'host', 'x.org');
set('file://server/x', 'host', 'localhost');
set('http://example.com/', 'port', '8080');
set('http://example.com:8080/', 'port', '');
set('http://example.com:8080/', 'port', '80');
set('http://example.com/', 'port', '12ab');
set('http://example.com/', 'port', 'ab');
set('http://example.com/', 'port', '65536');
set('http://example.com/', 'port', 443);
set('file:///x', 'port', '1');
