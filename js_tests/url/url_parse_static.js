// URL.parse(input, base): a URL, or null where new URL() would throw
console.log(URL.parse('https://example.com/a?b#c').href, URL.parse('/x', 'https://h.com/y/z').href);
console.log(URL.parse('not a url'), URL.parse('x', 'also not'), URL.parse('http://[::1'), URL.parse(''));
console.log(URL.parse({ toString() { return 'https://obj.example/'; } }).href, URL.parse('a', new URL('file:///tmp/')).href);
console.log(URL.parse('https://h.com') instanceof URL, URL.parse.length, URL.canParse('x'), URL.canParse('x', 'https://h'));
try {
  URL.parse();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
