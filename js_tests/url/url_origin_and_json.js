// origin for each scheme kind, toString/toJSON/href agreement.
for (const href of ['https://h:443/', 'https://h:444/', 'http://h/', 'ws://h:81/', 'ftp://h/', 'file:///x', 'blob:https://h:8/id',
  'blob:file:///x', 'blob:not a url', 'sc://h/', 'data:,x', 'http://[::1]:8/']) {
  const u = new URL(href);
  console.log(href, '->', u.origin, u.toString() === u.href, u.toJSON() === u.href);
}
console.log(JSON.stringify([new URL('http://a/b c')]));
