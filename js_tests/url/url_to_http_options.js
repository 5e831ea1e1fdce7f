// urlToHttpOptions: the http.request options for a URL (IPv6 brackets removed, numeric port,
// decoded auth, extra properties kept).
const { urlToHttpOptions } = require('url');
console.log(urlToHttpOptions(new URL('https://a%20b:c%40d@[::1]:81/x?y#z')));
console.log(urlToHttpOptions(new URL('http://example.com/')));
const extended = new URL('http://h/p');
extended.custom = 1;
console.log(urlToHttpOptions(extended).custom);
