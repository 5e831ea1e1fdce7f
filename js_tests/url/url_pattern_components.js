// URLPattern: the canonical pattern string of each component, for dictionaries and strings (with
// a base URL), and node's error for patterns that do not compile
const show = (...args) => {
  try {
    const p = new URLPattern(...args);
    console.log(JSON.stringify(args), JSON.stringify([p.protocol, p.username, p.password, p.hostname, p.port,
      p.pathname, p.search, p.hash, p.hasRegExpGroups]));
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.code, e.message);
  }
};
show({ hostname: 'EXAMPLE.com' }); show({ pathname: '/a b/../c' }); show({ pathname: 'a b' });
show({ protocol: 'HTTP', port: '80' }); show({ protocol: 'http', port: '80' }); show({ protocol: 'https:' });
show({ port: '8080', protocol: 'http' }); show({ search: '?a=1 2' }); show({ hash: '#x y' });
show('https://example.com/foo/bar?x#y'); show('https://example.com'); show('/foo/:bar', 'https://x.com/base/path?q#h');
show({ pathname: 'foo', baseURL: 'https://x.com/a/b' }); show('http{s}?://{*.}?example.com/:p*');
show({ pathname: '/:a/:b?/(\\d+)/*' }); show({ hostname: '[::1]' }); show({ pathname: '/(a|b)+' });
show({ pathname: '/:a+/:b*' }); show({ pathname: '{/x}?' }); show({ pathname: '/a\\:b' }); show({ username: 'a b' });
show({ protocol: 'ht*' }); show({ pathname: '/café' }); show({ hostname: '*.münchen.de' });
show('https://:sub.example.com/*?q=:q#:h'); show({ port: 'abc' }); show({ port: '99999' });
show('https://example.com:443/'); show({ pathname: '/:a(\\d+)-:b' }); show({ pathname: '/foo/:bar(baz)?' });
show({ pathname: '/(foo)' }); show({ pathname: '/*/*' }); show({ pathname: '/:foo\\bar' }); show({ pathname: '{:foo}bar' });
show({ pathname: '/:foo.:bar' }); show({ pathname: '/(\\d+)?' }); show({ pathname: '((a))' }); show({ pathname: '(?' });
show({ pathname: '/:' }); show({ pathname: '/:a/:a' }); show('https://example.com/*', 'https://base.com');
show({}, 'https://x.com'); show('/x'); show('https://[::1]:8080/'); show('file:///tmp/*'); show('https://*.example.com/*');
show('http://127.0.0.1:*/'); show({ protocol: 'javascript', pathname: 'alert(1)' }); show('mailto\\::user@host');
show({ pathname: '/a' }, { ignoreCase: true }); show('https://x.com/a', { ignoreCase: true });
