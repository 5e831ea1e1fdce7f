// Setters for pathname, search and hash, href, and how they interact with opaque paths.
function set(href, attribute, value) {
  const u = new URL(href);
  u[attribute] = value;
  console.log(`${attribute}=${JSON.stringify(value)}`.padEnd(26), href, '->', u.href);
}
set('http://h/a/b', 'pathname', '/x/../y/./z');
set('http://h/a/b', 'pathname', 'no-slash');
set('http://h/a/b', 'pathname', '');
set('http://h/a?q#f', 'pathname', '/a b?c#d');
set('http://h/a', 'pathname', '\\x\\y');
set('sc://h/a', 'pathname', '\\x\\y');
set('mailto:a@b', 'pathname', '/x');
set('file:///C:/a', 'pathname', '/D:/b');
set('http://h/p', 'search', '?a=1&b=2');
set('http://h/p', 'search', 'a b');
set('http://h/p?x', 'search', '');
set('http://h/p?x', 'search', '?');
set('http://h/p#f', 'search', '#hash?');
set('http://h/p', 'hash', 'frag ment');
set('http://h/p#x', 'hash', '');
set('http://h/p', 'hash', '##double');
set('data:space  #f', 'hash', '');
set('data:space  ?q', 'search', '');
set('http://h/p', 'href', 'https://other.org/x?y#z');
try {
  new URL('http://h/').href = 'not a url';
} catch (err) {
  console.log('href setter', err.name, err.code, err.message, err.input);
}
