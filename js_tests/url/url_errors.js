// ERR_INVALID_URL carries the input (and the base); the constructor needs an argument;
// URL.canParse and URL.parse answer without throwing.
for (const [input, base] of [['nope'], ['x', 'bad base'], ['http://[::1/'], ['/relative'], ['/ok', 'http://h/']]) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log('ok', u.href);
  } catch (err) {
    console.log(err.name, err.code, err.message, JSON.stringify(err.input), JSON.stringify(err.base), Object.keys(err));
  }
}
try {
  new URL();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://h/'), URL.canParse('x', 'y'));
console.log(URL.parse('http://h/a', undefined)?.href, URL.parse('bad'), URL.parse('b', 'http://h/a/').href);
try {
  URL.canParse();
} catch (err) {
  console.log(err.code, err.message);
}
console.log(new URL({ toString: () => 'http://from-object/' }).href);
console.log(Object.getOwnPropertyNames(URL.prototype).join(), Object.getOwnPropertyNames(URL).join());
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join());
