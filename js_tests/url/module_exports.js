// The shape of node:url, node:querystring and node:punycode.
const url = require('url');
console.log(Object.keys(url), url.URL === URL, url.URLSearchParams === URLSearchParams);
console.log(Object.keys(require('querystring')), require('querystring').decode === require('querystring').parse);
console.log(Object.keys(require('punycode')), require('punycode').version);
console.log(require('node:url') === url);
